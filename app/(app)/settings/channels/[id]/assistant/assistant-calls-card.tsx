"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { formatByteSize } from "@/server/i18n/byte-size";

type Call = RouterOutputs["channels"]["assistantCalls"][number];

export function AssistantCallsCard({ channelId }: { channelId: string }) {
  const t = useTranslations("channels.assistant");
  const tc = useTranslations("channels");
  const calls = api.channels.assistantCalls.useQuery({ channelId });
  return (
    <Card aria-labelledby="assistant-calls-title">
      <h2 id="assistant-calls-title" className="text-lg font-semibold">
        {t("callsTitle")}
      </h2>
      <p className="mb-4 text-sm text-ink-muted">{t("callsDescription")}</p>
      {calls.isLoading ? (
        <div aria-busy className="flex flex-col gap-2">
          <Skeleton className="h-14" />
          <Skeleton className="h-14" />
        </div>
      ) : !calls.data ? (
        <EmptyState title={calls.error?.message ?? t("loadFailed")} action={<Button variant="secondary" onClick={() => calls.refetch()}>{tc("retry")}</Button>} />
      ) : calls.data.length === 0 ? (
        <EmptyState title={t("callsEmpty")} hint={t("callsEmptyHint")} />
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-card border border-line" data-testid="assistant-calls">
          {calls.data.map((call) => (
            <CallItem key={call.id} channelId={channelId} call={call} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function CallItem({ channelId, call }: { channelId: string; call: Call }) {
  const t = useTranslations("channels.assistant");
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const detailsId = `assistant-call-${call.id}`;
  return (
    <li className="p-4" data-testid="assistant-call">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <p className="font-medium">
            {t("callSummary", {
              feature: t(`features.${call.feature}`),
              when: format.dateTime(call.createdAt, { dateStyle: "short", timeStyle: "short" }),
            })}
          </p>
          <p className="text-sm text-ink-muted">
            {call.model} · {call.actor ? t("callBy", { name: call.actor.name }) : t("callBySystem")}
          </p>
          <p className="text-sm text-ink-muted tabular-nums">{t("callTokens", { input: call.inputTokens, output: call.outputTokens, ms: call.durationMs })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {call.outcome === "OK" ? (
            <Badge tone="success">{t("callOk")}</Badge>
          ) : (
            <Badge tone="danger">{t("callError", { reason: t.has(`reasons.${call.errorReason}`) ? t(`reasons.${call.errorReason}`) : (call.errorReason ?? "") })}</Badge>
          )}
          <Badge tone={call.sharedContactData ? "warning" : "neutral"}>{call.sharedContactData ? t("unmasked") : t("masked")}</Badge>
        </div>
      </div>
      <Button variant="ghost" size="sm" className="mt-2 -ml-3" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span aria-hidden>{open ? "▾" : "▸"}</span>
        {open ? t("hideSent") : t("showSent")}
      </Button>
      <div id={detailsId} hidden={!open}>
        {open ? <SentText channelId={channelId} callId={call.id} /> : null}
      </div>
    </li>
  );
}

function SentText({ channelId, callId }: { channelId: string; callId: string }) {
  const t = useTranslations("channels.assistant");
  const locale = useLocale();
  const sent = api.channels.assistantCall.useQuery({ channelId, callId });
  if (sent.isLoading) {
    return (
      <p role="status" className="mt-2 text-sm text-ink-muted">
        {t("sentLoading")}
      </p>
    );
  }
  if (!sent.data) {
    return (
      <p role="alert" className="mt-2 text-sm text-danger">
        {sent.error?.message ?? t("loadFailed")}
      </p>
    );
  }
  const { audioBytes, audioMimeType, system, prompt, retentionDays } = sent.data;
  if (audioBytes !== null) {
    return <p className="mt-2 text-sm">{t("sentAudio", { size: formatByteSize(audioBytes, locale), mimeType: audioMimeType ?? "" })}</p>;
  }
  if (system === null && prompt === null) {
    return (
      <p className="mt-2 text-sm text-ink-muted" data-testid="assistant-call-purged">
        {t("sentPurged", { days: retentionDays })}
      </p>
    );
  }
  return (
    <div className="mt-2 flex flex-col gap-3" data-testid="assistant-call-sent">
      <SentBlock label={t("sentSystem")} text={system} empty={t("sentEmpty")} />
      <SentBlock label={t("sentPrompt")} text={prompt} empty={t("sentEmpty")} />
    </div>
  );
}

function SentBlock({ label, text, empty }: { label: string; text: string | null; empty: string }) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{label}</figcaption>
      {/* Focusable so a keyboard user can scroll a long prompt. */}
      <pre tabIndex={0} className="max-h-80 overflow-auto rounded-md border border-line bg-surface-muted p-3 text-xs whitespace-pre-wrap break-words">
        {text || empty}
      </pre>
    </figure>
  );
}
