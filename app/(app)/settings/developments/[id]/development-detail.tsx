"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { DevelopmentEditForm } from "./development-edit-form";
import { MediaLibrary } from "./media-library";

export function DevelopmentDetail({ developmentId }: { developmentId: string }) {
  const t = useTranslations("developments");
  const router = useRouter();
  const toast = useToast();
  const development = api.developments.get.useQuery({ developmentId });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const remove = api.developments.remove.useMutation({
    onSuccess: () => {
      toast({ title: t("deleted"), tone: "success" });
      router.push("/settings/developments");
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });

  if (development.isLoading) return <Skeleton className="mt-4 h-96" />;
  if (!development.data) return <EmptyState title={development.error?.message ?? t("notFound")} />;
  const data = development.data;
  return (
    <div className="mt-3 flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{data.name}</h1>
      <DevelopmentEditForm key={data.updatedAt.toISOString()} development={data} />
      <MediaLibrary developmentId={data.id} media={data.media} />
      <Card className="flex flex-wrap items-center justify-between gap-3 border-danger/40">
        <div>
          <h2 className="font-semibold">{t("deleteTitle")}</h2>
          <p className="text-sm text-ink-muted">{t("deleteHint")}</p>
        </div>
        <Button variant="danger" onClick={() => setConfirmDelete(true)}>
          {t("delete")}
        </Button>
      </Card>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t("deleteConfirmTitle", { name: data.name })}
        description={t("deleteImpact", data.impact)}
        confirmLabel={t("delete")}
        tone="danger"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ developmentId: data.id })}
      />
    </div>
  );
}
