"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";

export function DeleteProfileDialog({ profile }: { profile: { id: string; name: string; userCount: number } }) {
  const t = useTranslations("profiles");
  const toast = useToast();
  const utils = api.useUtils();
  const [open, setOpen] = useState(false);
  const remove = api.profiles.delete.useMutation({
    onSuccess: () => {
      setOpen(false);
      toast({ title: t("deleted", { name: profile.name }), tone: "success" });
    },
    onError: (e) => toast({ title: e.message, tone: "error" }),
    onSettled: () => utils.profiles.list.invalidate(),
  });
  const inUse = profile.userCount > 0;
  return (
    <>
      <Button variant="ghost" size="sm" className="text-danger" onClick={() => setOpen(true)} aria-label={`${t("delete")} ${profile.name}`}>
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t("deleteTitle", { name: profile.name })}
        description={inUse ? t("deleteBlocked", { count: profile.userCount }) : t("deleteDescription")}
        confirmLabel={t("delete")}
        tone="danger"
        disabled={inUse}
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ id: profile.id })}
      />
    </>
  );
}
