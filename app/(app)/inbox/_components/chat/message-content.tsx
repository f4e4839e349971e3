"use client";

import { useTranslations } from "next-intl";
import { formatPhoneBR } from "@/server/meta/phone";
import type { ChatMessage } from "../../_lib/types";
import { MessageMedia } from "./message-media";
import { VoiceTranscript } from "./voice-transcript";

const Text = ({ children }: { children: string }) => <p className="break-words whitespace-pre-wrap">{children}</p>;

// One renderer per message type the webhook stores; anything unknown still shows its text.
export function MessageContent({ message }: { message: ChatMessage }) {
  const t = useTranslations("inbox.types");
  const { details } = message;
  if (details.kind === "template") return <RichTemplate message={message} details={details} />;
  if (message.media) {
    const caption = details.kind === "media" ? details.caption : null;
    return (
      <div className="flex flex-col gap-1">
        <MessageMedia message={message} media={message.media} />
        {details.kind === "media" && details.voice ? <span className="text-xs text-ink-muted">{t("voice")}</span> : null}
        {message.transcript ? <VoiceTranscript transcript={message.transcript} /> : null}
        {caption ? <Text>{caption}</Text> : null}
      </div>
    );
  }
  switch (details.kind) {
    case "location":
      return (
        <div className="flex flex-col gap-1">
          <span className="text-xs font-medium text-ink-muted">📍 {t("location")}</span>
          {details.name ? <span className="font-medium">{details.name}</span> : null}
          {details.address ? <span>{details.address}</span> : null}
          {details.mapUrl ? (
            <a href={details.mapUrl} target="_blank" rel="noopener noreferrer" className="text-sm font-medium text-brand underline">
              {t("openMap")}
            </a>
          ) : null}
        </div>
      );
    case "contacts":
      return (
        <ul className="flex flex-col gap-1">
          {details.contacts.map((contact, i) => (
            <li key={i}>
              <span className="block font-medium">👤 {contact.name ?? t("contact")}</span>
              {contact.phones.map((phone) => (
                <span key={phone} className="block text-sm text-ink-muted">
                  {formatPhoneBR(phone)}
                </span>
              ))}
            </li>
          ))}
        </ul>
      );
    case "reply":
      return (
        <div className="flex flex-col gap-0.5" data-testid="lead-choice">
          <span className="text-xs text-ink-muted">{t("buttonReply")}</span>
          <span className="font-medium">{details.title}</span>
          {details.optOut ? <span className="text-xs text-danger">{t("optedOut")}</span> : null}
          {details.description ? <span className="text-sm text-ink-muted">{details.description}</span> : null}
        </div>
      );
    case "order":
      return (
        <div className="flex flex-col gap-0.5">
          <span className="font-medium">🛒 {t("order", { count: details.itemCount })}</span>
          {details.total !== null && details.currency ? (
            <span className="text-sm">{new Intl.NumberFormat("pt-BR", { style: "currency", currency: details.currency }).format(details.total)}</span>
          ) : null}
          {details.text ? <Text>{details.text}</Text> : null}
        </div>
      );
    case "unsupported":
      return <p className="text-sm text-ink-muted italic">{t("unsupported")}</p>;
    default:
      break;
  }
  if (message.type === "TEMPLATE") {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-xs font-medium text-ink-muted">{t("template", { name: message.template?.name ?? "" })}</span>
        <Text>{message.body ?? ""}</Text>
      </div>
    );
  }
  return <Text>{message.body ?? ""}</Text>;
}

type TemplateDetails = Extract<ChatMessage["details"], { kind: "template" }>;

// A template with header, footer or buttons, drawn as the lead's phone shows it.
function RichTemplate({ message, details }: { message: ChatMessage; details: TemplateDetails }) {
  const t = useTranslations("inbox.types");
  return (
    <div className="flex flex-col gap-1" data-testid="rich-template">
      <span className="text-xs font-medium text-ink-muted">{t("template", { name: message.template?.name ?? "" })}</span>
      {message.media ? <MessageMedia message={message} media={message.media} /> : null}
      {details.header?.format === "TEXT" && details.header.text ? <p className="font-semibold break-words">{details.header.text}</p> : null}
      <Text>{message.body ?? ""}</Text>
      {details.footer ? <p className="text-xs text-ink-muted">{details.footer}</p> : null}
      {details.buttons.length ? (
        <ul className="mt-1 flex flex-col gap-1" aria-label={t("templateButtons")}>
          {details.buttons.map((button, i) => (
            <li key={i} className="rounded-md border border-line/60 bg-surface/60 px-2 py-1 text-center text-xs font-medium text-[#027eb5]">
              {button.text}
              {button.optOut ? <span className="ml-1 font-normal text-ink-muted">({t("optOutButton")})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
