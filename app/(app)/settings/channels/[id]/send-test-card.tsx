"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormSubmitBar } from "@/app/_components/ui/form-submit-bar";
import { Card } from "@/app/_components/ui/card";
import { Textarea } from "@/app/_components/ui/input";
import { api } from "@/app/_trpc/client";
import { toE164 } from "@/server/meta/phone";
import { describedBy, FormField } from "../_components/form-field";
import { TextField } from "../_components/text-field";
import { MetaProblemNotice } from "./meta-problem-notice";

// Sends one text straight through Meta and shows Meta's own answer.
export function SendTestCard({ channelId }: { channelId: string }) {
  const t = useTranslations("channels.sendTest");
  const tv = useTranslations("channels.validation");
  const [to, setTo] = useState("");
  const [body, setBody] = useState(t("defaultBody"));
  const [errors, setErrors] = useState<{ to?: string; body?: string }>({});
  const send = api.channels.sendTest.useMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = { to: toE164(to) ? undefined : tv("phoneInvalid"), body: body.trim() ? undefined : tv("testBodyRequired") };
    setErrors(next);
    if (!next.to && !next.body) send.mutate({ channelId, to, body });
  }

  const result = send.data;
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mb-4 text-sm text-ink-muted">{t("description")}</p>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextField id="test-to" type="tel" label={t("to")} hint={t("toHint")} error={errors.to} value={to} onChange={(e) => setTo(e.target.value)} />
        <FormField id="test-body" label={t("body")} error={errors.body}>
          <Textarea id="test-body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} maxLength={1000} {...describedBy("test-body", { error: errors.body })} />
        </FormField>
        <FormSubmitBar pending={send.isPending}>
          {send.isPending ? t("sending") : t("send")}
        </FormSubmitBar>
      </form>
      <div aria-live="polite" className="mt-4">
        {send.error ? (
          <p role="alert" className="text-sm text-danger">
            {send.error.message}
          </p>
        ) : null}
        {result?.ok ? (
          <div role="status" className="rounded-md border border-success bg-success-soft p-3 text-sm">
            <p className="font-medium">✓ {t("accepted", { to: result.to })}</p>
            <p className="mt-1 text-xs text-ink-muted">{t("wamid", { wamid: result.wamid })}</p>
          </div>
        ) : null}
        {result && !result.ok ? (
          <MetaProblemNotice problem={result.problem} hint={result.problem.kind === "meta" && result.problem.code === 131047 ? t("windowHint") : undefined} />
        ) : null}
      </div>
    </Card>
  );
}
