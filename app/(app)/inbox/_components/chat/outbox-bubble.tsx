"use client";

import { useTranslations } from "next-intl";
import { formatClock } from "../../_lib/format";
import { MessageTick } from "../message-tick";
import { BubbleFrame, QuotedMessage } from "./message-bubble";
import type { OutboxItem } from "./use-outbox";

// A message the broker just sent, before the server has stored it (or after it refused it).
export function OutboxBubble({ item, onRetry, onDiscard }: { item: OutboxItem; onRetry: () => void; onDiscard: () => void }) {
  const t = useTranslations("inbox.chat");
  const { payload } = item;
  const text = payload.kind === "text" ? payload.body : payload.kind === "material" ? `📎 ${payload.title}` : `📎 ${payload.file.name}${payload.caption ? ` — ${payload.caption}` : ""}`;
  const failed = item.state === "failed";
  return (
    <BubbleFrame
      direction="OUTBOUND"
      testId="message"
      data={{ "data-pending": "true", "data-status": failed ? "FAILED" : "QUEUED", "data-client-request-id": item.clientRequestId }}
      footer={
        <>
          <time suppressHydrationWarning>{formatClock(item.createdAt)}</time>
          <MessageTick status={failed ? "FAILED" : "QUEUED"} />
        </>
      }
      below={
        failed ? (
          <div className="mt-1 flex max-w-[85%] flex-col items-end gap-1 text-xs text-danger sm:max-w-[70%]" data-testid="message-failure">
            <p className="text-right">{t("notSent", { reason: item.error ?? "" })}</p>
            <span className="flex gap-3">
              <button type="button" onClick={onRetry} className="font-medium underline">
                {t("retry")}
              </button>
              <button type="button" onClick={onDiscard} className="text-ink-muted underline">
                {t("discard")}
              </button>
            </span>
          </div>
        ) : null
      }
    >
      {item.replyTo ? <QuotedMessage quote={{ ...item.replyTo, senderName: item.replyTo.sender?.name ?? null }} label={t("replyingTo")} /> : null}
      <p className="break-words whitespace-pre-wrap">{text}</p>
    </BubbleFrame>
  );
}
