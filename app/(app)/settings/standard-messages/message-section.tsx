"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { BodyWithVariables } from "./body-with-variables";
import { MessageEditor } from "./message-editor";

type Message = RouterOutputs["standardMessages"]["list"]["global"][number];
type Props = {
  scope: "global" | "personal";
  title: string;
  hint: string;
  messages: Message[];
  editable: boolean;
  agentName: string;
  empty: { title: string; hint: string };
};

export function MessageSection({ scope, title, hint, messages, editable, agentName, empty }: Props) {
  const t = useTranslations("standardMessages");
  const toast = useToast();
  const utils = api.useUtils();
  const [editing, setEditing] = useState<Message | "new" | null>(null);
  const [deleting, setDeleting] = useState<Message | null>(null);
  const remove = api.standardMessages.delete.useMutation({
    onSuccess: () => {
      toast({ title: t("deleted", { title: deleting?.title ?? "" }), tone: "success" });
      setDeleting(null);
    },
    onError: (e) => toast({ title: e.message, tone: "error" }),
    onSettled: () => utils.standardMessages.list.invalidate(),
  });

  return (
    <section aria-labelledby={`section-${scope}`} data-testid={`section-${scope}`}>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`section-${scope}`} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-sm text-ink-muted">{hint}</p>
        </div>
        {editable ? <Button onClick={() => setEditing("new")}>{scope === "global" ? t("newGlobal") : t("newPersonal")}</Button> : null}
      </div>
      {messages.length === 0 ? (
        <EmptyState title={empty.title} hint={empty.hint} />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {messages.map((m) => (
            <li key={m.id}>
              <Card className="flex h-full flex-col gap-2" data-testid={`message-${m.title}`}>
                <h3 className="font-medium">{m.title}</h3>
                <p className="flex-1 text-sm whitespace-pre-wrap text-ink-muted">
                  <BodyWithVariables body={m.body} />
                </p>
                {editable ? (
                  <div className="flex justify-end gap-1">
                    <Button variant="ghost" size="sm" onClick={() => setEditing(m)} aria-label={`${t("edit")} ${m.title}`}>
                      {t("edit")}
                    </Button>
                    <Button variant="ghost" size="sm" className="text-danger" onClick={() => setDeleting(m)} aria-label={`${t("delete")} ${m.title}`}>
                      {t("delete")}
                    </Button>
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {editing ? <MessageEditor scope={scope} message={editing === "new" ? undefined : editing} agentName={agentName} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t("deleteTitle", { title: deleting?.title ?? "" })}
        description={scope === "global" ? t("deleteGlobal") : t("deletePersonal")}
        confirmLabel={t("delete")}
        tone="danger"
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </section>
  );
}
