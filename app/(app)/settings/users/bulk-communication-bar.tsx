"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import type { UserFilter } from "@/server/services/users/list-users";
import { emptySelection, type Selection } from "./user-filter";

type Props = { filter: UserFilter; total: number; selection: Selection; onSelection: (selection: Selection) => void };

export function BulkCommunicationBar({ filter, total, selection, onSelection }: Props) {
  const t = useTranslations("users.bulk");
  const toast = useToast();
  const utils = api.useUtils();
  const [pendingValue, setPendingValue] = useState<boolean | null>(null);
  const selected = selection.mode === "filter" ? total : selection.ids.size;
  const target = selection.mode === "filter" ? { filter } : { userIds: [...selection.ids] };
  const open = pendingValue !== null;

  // Counted by the server at the moment of confirming: only users whose flag really changes.
  const preview = api.users.previewBulkCommunication.useQuery(
    { target, canCommunicate: pendingValue ?? false },
    { enabled: open && selected > 0, staleTime: 0, gcTime: 0 },
  );
  const apply = api.users.setCommunicationInBulk.useMutation({
    onSuccess: ({ changed }, input) => {
      toast({ title: t(input.canCommunicate ? "enabledDone" : "disabledDone", { count: changed }), tone: "success" });
      setPendingValue(null);
      onSelection(emptySelection);
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
    onSettled: () => Promise.all([utils.users.list.invalidate(), utils.users.count.invalidate()]),
  });

  if (selected === 0) return null;
  const enabling = pendingValue === true;
  return (
    <div
      role="region"
      aria-label={t("selected", { count: selected })}
      className="sticky bottom-4 z-10 flex flex-wrap items-center gap-3 rounded-card border border-line bg-surface p-3 shadow-lg"
    >
      <span className="text-sm font-medium" data-testid="bulk-selected">
        {selection.mode === "filter" ? t("allMatching", { count: total }) : t("selected", { count: selected })}
      </span>
      {selection.mode === "ids" && total > selected ? (
        <Button variant="ghost" size="sm" onClick={() => onSelection({ mode: "filter" })}>
          {t("selectAllMatching", { count: total })}
        </Button>
      ) : null}
      <div className="ml-auto flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => onSelection(emptySelection)} disabled={apply.isPending}>
          {t("clear")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setPendingValue(true)} disabled={apply.isPending}>
          {t("enable")}
        </Button>
        <Button variant="danger" size="sm" onClick={() => setPendingValue(false)} disabled={apply.isPending}>
          {t("disable")}
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => !next && setPendingValue(null)}
        title={t(enabling ? "confirmEnableTitle" : "confirmDisableTitle")}
        description={
          preview.data === undefined ? (
            <p>{t("counting")}</p>
          ) : (
            <>
              <p className="font-medium" data-testid="bulk-preview">
                {t(enabling ? "willEnable" : "willDisable", { count: preview.data.count })}
              </p>
              {preview.data.count > 0 ? <p className="mt-2 text-ink-muted">{t(enabling ? "enableConsequence" : "disableConsequence", { count: preview.data.count })}</p> : null}
            </>
          )
        }
        confirmLabel={t(enabling ? "confirmEnable" : "confirmDisable")}
        pendingLabel={t("applying")}
        tone={enabling ? "primary" : "danger"}
        pending={apply.isPending}
        disabled={!preview.data?.count}
        onConfirm={() => apply.mutate({ target, canCommunicate: enabling })}
      />
    </div>
  );
}
