"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { templateDecisionToastKey, useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { TemplateCard } from "./template-card";

type Template = RouterOutputs["templates"]["list"][number];

// Polls while anything waits on Meta; the webhook's `template.updated` push on private-settings
// can replace this once the browser side of Pusher exists.
const POLL_MS = 3000;
const waiting = (templates: Template[] | undefined) => Boolean(templates?.some((t) => t.status === "PENDING" || t.inFlight));

export function TemplatesList({ channelId }: { channelId: string }) {
  const t = useTranslations("templates");
  const toast = useToast();
  const utils = api.useUtils();
  const templates = api.templates.list.useQuery({ channelId }, { refetchInterval: (query) => (waiting(query.state.data) ? POLL_MS : false) });
  const [deleting, setDeleting] = useState<Template | null>(null);
  const seen = useRef(new Map<string, string>());

  // A toast when Meta decides, as the UI brief asks for background results.
  useEffect(() => {
    for (const template of templates.data ?? []) {
      const before = seen.current.get(template.id);
      if (before === "PENDING" && template.status !== "PENDING") {
        toast({
          title: t(`decided.${template.status === "APPROVED" ? "APPROVED" : template.status === "REJECTED" ? "REJECTED" : "OTHER"}`, { name: template.name }),
          tone: template.status === "APPROVED" ? "success" : "error",
          key: templateDecisionToastKey(template.id, template.status),
        });
      }
      seen.current.set(template.id, template.status);
    }
  }, [templates.data, t, toast]);

  const refresh = () => utils.templates.list.invalidate({ channelId });
  const remove = api.templates.remove.useMutation({
    onSuccess: async (result) => {
      setDeleting(null);
      toast({ title: result.knownToMeta ? t("deletedAtMeta") : t("deleted"), tone: "success" });
      await refresh();
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });

  const newButton = (
    <Button asChild>
      <Link href={`/settings/channels/${channelId}/templates/new`}>{t("new")}</Link>
    </Button>
  );

  if (templates.isLoading) return <Skeleton className="h-64" />;
  if (templates.error) return <EmptyState title={templates.error.message} />;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-ink-muted">{t("intro")}</p>
        {newButton}
      </div>
      {templates.data?.length ? (
        <ul className="grid gap-4 xl:grid-cols-2">
          {templates.data.map((template) => (
            <li key={template.id}>
              <TemplateCard channelId={channelId} template={template} onDelete={() => setDeleting(template)} onChanged={refresh} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={newButton} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t("deleteTitle", { name: deleting?.name ?? "" })}
        description={deleting?.metaTemplateId ? t("deleteKnownToMeta") : t("deleteDraft")}
        confirmLabel={t("deleteConfirm")}
        tone="danger"
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ templateId: deleting.id })}
      />
    </div>
  );
}
