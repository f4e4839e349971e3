"use client";

import { useLocale, useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_trpc/client";
import { cn } from "@/app/_components/ui/cn";
import { failureText } from "@/app/_i18n/stored-texts";
import { formatFull, formatWhen } from "../_lib/format-when";
import { qualificationValueText } from "../_lib/qualification-text";

type Event = RouterOutputs["leads"]["history"]["items"][number];

const ORIGINS = ["WHATSAPP", "CHAT_ONLINE", "CHATBOT", "MANUAL", "IMPORT"];
const MEDIA_TYPES = ["IMAGE", "DOCUMENT", "AUDIO", "VIDEO", "STICKER", "LOCATION", "CONTACTS", "INTERACTIVE", "BUTTON", "REACTION", "ORDER", "UNSUPPORTED"];

// Colour only repeats what the sentence says: inbound, outbound, failure, system.
const ACCENT: Partial<Record<Event["type"], string>> = {
  MESSAGE_RECEIVED: "bg-ink-faint",
  MESSAGE_SENT: "bg-brand",
  TEMPLATE_SENT: "bg-brand",
  MESSAGE_FAILED: "bg-danger",
  CONVERSATION_SUMMARY: "bg-brand",
  LEAD_QUALIFIED: "bg-brand",
};

const SUMMARY_TRIGGERS = ["transfer", "close", "manual"];

function SummaryBody({ summary }: { summary: NonNullable<Event["summary"]> }) {
  const t = useTranslations("leads.history");
  const rows = [
    [t("summaryWants"), summary.wants],
    [t("summaryPromised"), summary.promised],
    [t("summaryPending"), summary.pending],
  ] as const;
  return (
    <dl className="mt-1 grid gap-1 text-sm" data-testid="conversation-summary">
      {rows.map(([label, text]) => (
        <div key={label}>
          <dt className="inline font-medium text-ink">{label}: </dt>
          <dd className="inline text-ink-muted">{text}</dd>
        </div>
      ))}
    </dl>
  );
}

function QualificationBody({ qualification }: { qualification: NonNullable<Event["qualification"]> }) {
  const t = useTranslations("leads");
  const locale = useLocale();
  const known = (field: string) => t.has(`qualification.fields.${field}`);
  return (
    <ul className="mt-1 text-sm text-ink-muted" data-testid="qualification-changes">
      {qualification.changes.filter((change) => known(change.field)).map((change) => (
        <li key={change.field}>
          <span className="font-medium text-ink">{t(`qualification.fields.${change.field}`)}:</span>{" "}
          {qualificationValueText(t, locale, change.field, change.from, change.fromName)} → {qualificationValueText(t, locale, change.field, change.to, change.toName)}
        </li>
      ))}
    </ul>
  );
}

export function HistoryItem({ event, now }: { event: Event; now: Date }) {
  const t = useTranslations("leads");
  const tAll = useTranslations();
  const title = (() => {
    switch (event.type) {
      case "TEMPLATE_SENT":
        return t("events.TEMPLATE_SENT", { template: event.templateName ?? t("history.unknownTemplate") });
      case "CONVERSATION_STARTED":
        return event.reopened ? t("events.CONVERSATION_RESTARTED") : t("events.CONVERSATION_STARTED");
      case "CONVERSATION_ASSIGNED":
        if (event.assigneeName) return t("events.CONVERSATION_ASSIGNED", { name: event.assigneeName });
        return event.unassigned ? t("events.CONVERSATION_UNASSIGNED") : t("events.CONVERSATION_ASSIGNED_UNKNOWN");
      case "CONVERSATION_CLOSED":
        return event.reason === "no_reply" ? t("events.CONVERSATION_CLOSED_NO_REPLY") : t("events.CONVERSATION_CLOSED");
      case "QUEUE_ASSIGNED":
        if (!event.queueName) return t("events.QUEUE_ASSIGNED_UNKNOWN");
        return event.ownerName ? t("events.QUEUE_ASSIGNED_TO", { queue: event.queueName, name: event.ownerName }) : t("events.QUEUE_ASSIGNED", { queue: event.queueName });
      case "LEAD_CREATED":
        return event.origin && ORIGINS.includes(event.origin) ? t("events.LEAD_CREATED_FROM", { origin: t(`detail.origins.${event.origin}`) }) : t("events.LEAD_CREATED");
      default:
        return t(`events.${event.type}`);
    }
  })();
  const message = event.message;
  const content =
    event.note ??
    (message?.transcript ? t("history.voiceNote", { text: message.transcript }) : null) ??
    message?.body ??
    (message ? mediaLabel(message.type, message.fileName) : null);
  const summaryTrigger = event.summary?.trigger && SUMMARY_TRIGGERS.includes(event.summary.trigger) ? t(`history.summaryTrigger.${event.summary.trigger}`) : null;
  const qualificationSource = event.qualification?.source === "assistant" || event.qualification?.source === "manual" ? t(`history.qualificationSource.${event.qualification.source}`) : null;
  const meta = [
    summaryTrigger,
    qualificationSource,
    event.channelName ? t("history.onChannel", { channel: event.channelName }) : null,
    event.actor ? t("history.by", { name: event.actor.name }) : null,
    message && message.status !== "RECEIVED" ? t(`history.messageStatus.${message.status}`) : null,
  ].filter(Boolean);

  function mediaLabel(type: string, fileName: string | null) {
    const label = t(`history.media.${MEDIA_TYPES.includes(type) ? type : "OTHER"}`);
    return fileName ? `${label}: ${fileName}` : `[${label}]`;
  }

  return (
    <li className="relative flex gap-3 border-l border-line pb-4 pl-4 last:pb-0" data-testid="history-item" data-type={event.type}>
      <span aria-hidden className={cn("absolute top-1.5 -left-[5px] h-2.5 w-2.5 rounded-full", ACCENT[event.type] ?? "bg-line")} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <p className="font-medium">{title}</p>
          <time className="text-xs text-ink-faint" dateTime={event.createdAt.toISOString()} title={formatFull(event.createdAt)}>
            {formatWhen(event.createdAt, now, { today: t("when.today"), yesterday: t("when.yesterday") })}
          </time>
        </div>
        {content ? <p className="mt-1 line-clamp-3 text-sm whitespace-pre-line text-ink-muted">{content}</p> : null}
        {event.summary ? <SummaryBody summary={event.summary} /> : null}
        {event.qualification ? <QualificationBody qualification={event.qualification} /> : null}
        {event.failure ? <p className="mt-1 text-sm text-danger">{failureText(tAll, event.failure).title}</p> : null}
        {meta.length ? <p className="mt-0.5 text-xs text-ink-faint">{meta.join(" · ")}</p> : null}
      </div>
    </li>
  );
}
