"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/app/_components/ui/dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useToast } from "@/app/_components/ui/toast";
import { cn } from "@/app/_components/ui/cn";
import { api } from "@/app/_trpc/client";
import { newClientRequestId } from "../../_lib/request-id";

type Props = {
  conversationId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Chosen when the dialog opens (the assistant's proposal); the broker may pick another. */
  preselectedId?: string | null;
};

// The way back after 24 h: an approved template, previewed with this lead's values.
export function TemplateDialog({ conversationId, open, onOpenChange, preselectedId = null }: Props) {
  const t = useTranslations("inbox.templates");
  const toast = useToast();
  const utils = api.useUtils();
  const templates = api.inbox.templates.useQuery({ conversationId }, { enabled: open });
  const [chosen, setChosen] = useState<string | null>(preselectedId);
  // One id per dialog opening: a double click or a network retry never sends twice.
  const [requestId, setRequestId] = useState(newClientRequestId);
  const send = api.inbox.sendTemplate.useMutation({
    onSuccess: () => {
      toast({ title: t("sent"), tone: "success" });
      onOpenChange(false);
      setRequestId(newClientRequestId());
      void utils.inbox.invalidate();
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });
  const selected = templates.data?.find((tpl) => tpl.id === chosen) ?? null;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t("title")} description={t("description")}>
        <div className="max-h-[55vh] overflow-y-auto">
          {templates.isPending ? (
            <Skeleton className="h-24" />
          ) : !templates.data?.length ? (
            <EmptyState title={t("empty")} hint={t("emptyHint")} />
          ) : (
            <ul role="radiogroup" aria-label={t("title")} className="flex flex-col gap-2">
              {templates.data.map((template) => (
                <li key={template.id}>
                  <button
                    type="button"
                    role="radio"
                    aria-checked={chosen === template.id}
                    disabled={template.missing !== null}
                    onClick={() => setChosen(template.id)}
                    className={cn("w-full rounded-md border p-3 text-left disabled:opacity-60", chosen === template.id ? "border-brand bg-brand-soft/50" : "border-line hover:bg-surface-muted")}
                  >
                    <span className="block text-sm font-medium">{template.name}</span>
                    {template.parts.header ? (
                      <span className="mt-1 block text-xs font-medium text-ink-muted">
                        {template.parts.header.format === "TEXT" ? template.parts.header.text : t(`header.${template.parts.header.format}`)}
                      </span>
                    ) : null}
                    <span className="mt-1 block text-sm whitespace-pre-wrap text-ink-muted">{template.preview}</span>
                    {template.parts.footer ? <span className="mt-1 block text-xs text-ink-faint">{template.parts.footer}</span> : null}
                    {template.parts.buttons.length ? (
                      <span className="mt-1 flex flex-wrap gap-1" aria-label={t("buttons")}>
                        {template.parts.buttons.map((b, i) => (
                          <span key={i} className="rounded-full border border-line px-2 py-0.5 text-xs text-[#027eb5]">
                            {b.text}
                          </span>
                        ))}
                      </span>
                    ) : null}
                    {template.missing ? <span className="mt-1 block text-xs text-danger">{t(`missing.${template.missing}`)}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="mt-4 flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">{t("cancel")}</Button>
          </DialogClose>
          <Button disabled={!selected || send.isPending} onClick={() => selected && send.mutate({ conversationId, templateId: selected.id, clientRequestId: requestId })}>
            {send.isPending ? t("sending") : t("send")}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
