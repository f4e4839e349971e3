"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/app/_components/ui/dialog";
import { FieldError } from "@/app/_components/ui/field-error";
import { Textarea } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { useToast } from "@/app/_components/ui/toast";
import { useInsertAtCursor } from "@/app/_components/ui/use-insert-at-cursor";
import { InputField } from "@/app/_components/ui/input-field";
import { api } from "@/app/_trpc/client";
import { renderStandardMessage } from "@/server/services/standard-messages/render";
import { STANDARD_MESSAGE_BODY_MAX, STANDARD_MESSAGE_TITLE_MAX } from "@/server/services/standard-messages/limits";
import { placeholder, STANDARD_MESSAGE_VARIABLES, unknownVariables, type StandardMessageVariable } from "@/server/services/standard-messages/variables";

type Props = { scope: "global" | "personal"; message?: { id: string; title: string; body: string }; agentName: string; onClose: () => void };
type Errors = { title?: string; body?: string };

export function MessageEditor({ scope, message, agentName, onClose }: Props) {
  const t = useTranslations("standardMessages.editor");
  const tv = useTranslations("standardMessages.variables");
  const tc = useTranslations("common");
  const toast = useToast();
  const utils = api.useUtils();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState(message?.title ?? "");
  const [body, setBody] = useState(message?.body ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const examples = { nome_cliente: t("exampleClient"), nome_atendente: agentName, nome_empreendimento: t("exampleDevelopment") };

  const done = (saved: { title: string }, key: "created" | "saved") => {
    toast({ title: t(key, { title: saved.title }), tone: "success" });
    void utils.standardMessages.list.invalidate();
    onClose();
  };
  const onError = (e: { message: string; data?: { appErrorKey?: string | null } | null }) =>
    e.data?.appErrorKey === "standardMessages.unknownVariable" ? setErrors({ body: e.message }) : toast({ title: e.message, tone: "error" });
  const create = api.standardMessages.create.useMutation({ onSuccess: (m) => done(m, "created"), onError });
  const update = api.standardMessages.update.useMutation({ onSuccess: (m) => done(m, "saved"), onError });
  const pending = create.isPending || update.isPending;

  const insertAtCursor = useInsertAtCursor(bodyRef, body, setBody);
  const insert = (variable: StandardMessageVariable) => insertAtCursor(placeholder(variable));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const [unknown] = unknownVariables(body);
    if (!title.trim()) found.title = t("titleRequired");
    if (!body.trim()) found.body = t("bodyRequired");
    else if (body.length > STANDARD_MESSAGE_BODY_MAX) found.body = t("bodyTooLong", { max: STANDARD_MESSAGE_BODY_MAX });
    else if (unknown) found.body = t("unknownVariable", { name: `{{${unknown}}}` });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const fields = { title: title.trim(), body: body.trim() };
    if (message) update.mutate({ id: message.id, ...fields });
    else create.mutate({ ...fields, scope });
  }

  const heading = message ? t("editTitle") : scope === "global" ? t("newGlobalTitle") : t("newPersonalTitle");
  return (
    <Dialog open onOpenChange={(open) => !open && !pending && onClose()}>
      <DialogContent title={heading}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <InputField
            id="message-title"
            label={t("titleLabel")}
            error={errors.title}
            hint={t("titleHint")}
            value={title}
            maxLength={STANDARD_MESSAGE_TITLE_MAX}
            placeholder={t("titlePlaceholder")}
            onChange={(e) => {
              setTitle(e.target.value);
              setErrors((current) => ({ ...current, title: undefined }));
            }}
          />
          <div className="flex flex-col gap-1">
            <Label htmlFor="message-body">{t("body")}</Label>
            <div role="group" aria-label={t("insert")} className="flex flex-wrap gap-1">
              {STANDARD_MESSAGE_VARIABLES.map((v) => (
                <Button key={v} type="button" variant="secondary" size="sm" onClick={() => insert(v)}>
                  {t("insertVariable", { label: tv(v) })}
                </Button>
              ))}
            </div>
            <Textarea
              id="message-body"
              ref={bodyRef}
              rows={5}
              value={body}
              placeholder={t("bodyPlaceholder")}
              onChange={(e) => {
                setBody(e.target.value);
                setErrors((current) => ({ ...current, body: undefined }));
              }}
              aria-invalid={Boolean(errors.body)}
              aria-describedby={errors.body ? "message-body-error message-body-counter" : "message-body-counter"}
            />
            <div className="flex justify-between gap-2">
              <FieldError id="message-body-error" message={errors.body} />
              <p id="message-body-counter" className="ml-auto text-xs text-ink-muted">
                {t("counter", { count: body.length, max: STANDARD_MESSAGE_BODY_MAX })}
              </p>
            </div>
          </div>
          <div>
            <p className="mb-1 text-sm font-medium">{t("preview")}</p>
            <div aria-live="polite" data-testid="message-preview" className="rounded-card bg-bubble-out p-3 text-sm whitespace-pre-wrap shadow-sm">
              {body.trim() ? renderStandardMessage(body, examples) : <span className="text-ink-muted">{t("previewEmpty")}</span>}
            </div>
          </div>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary" disabled={pending}>
                {tc("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
