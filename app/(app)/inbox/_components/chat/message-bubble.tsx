"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";
import { failureText } from "@/app/_i18n/stored-texts";
import { formatClock, formatFullDate } from "../../_lib/format";
import type { ChatMessage } from "../../_lib/types";
import { MessageTick } from "../message-tick";
import { MessageContent } from "./message-content";

type Quote = ChatMessage["replyTo"];

export function QuotedMessage({ quote, label }: { quote: NonNullable<Quote>; label: string }) {
  return (
    <div className="mb-1 rounded border-l-4 border-brand bg-black/5 px-2 py-1 text-xs">
      <span className="block font-medium text-brand">{label}</span>
      <span className="line-clamp-2 text-ink-muted">{quote.body ?? "…"}</span>
    </div>
  );
}

type FrameProps = { direction: "INBOUND" | "OUTBOUND"; testId: string; data: Record<string, string>; footer: ReactNode; below?: ReactNode; children: ReactNode; actions?: ReactNode };

export function BubbleFrame({ direction, testId, data, footer, below, children, actions }: FrameProps) {
  const outbound = direction === "OUTBOUND";
  return (
    <div data-testid={testId} {...data} className={cn("flex flex-col px-3 py-0.5", outbound ? "items-end" : "items-start")}>
      <div className={cn("group relative max-w-[85%] rounded-lg px-3 py-1.5 text-sm shadow-sm sm:max-w-[70%]", outbound ? "bg-bubble-out" : "bg-bubble-in")}>
        {children}
        <div className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-ink-faint">{footer}</div>
        {actions ? <div className={cn("absolute top-1 opacity-0 group-focus-within:opacity-100 group-hover:opacity-100", outbound ? "-left-9" : "-right-9")}>{actions}</div> : null}
      </div>
      {below}
    </div>
  );
}

type Props = {
  message: ChatMessage;
  mine: boolean;
  reactions: string[];
  onReply: () => void;
  onRetry: () => void;
  onSendTemplate: () => void;
};

export function MessageBubble({ message, mine, reactions, onReply, onRetry, onSendTemplate }: Props) {
  const t = useTranslations("inbox.chat");
  const tAll = useTranslations();
  const [showReason, setShowReason] = useState(false);
  const outbound = message.direction === "OUTBOUND";
  const error = message.error;
  const explained = error ? failureText(tAll, error.failure) : null;
  const quoteLabel = message.replyTo ? (message.replyTo.direction === "OUTBOUND" ? (message.replyTo.senderName ?? t("you")) : t("lead")) : "";
  return (
    <BubbleFrame
      direction={message.direction}
      testId="message"
      data={{ "data-message-id": message.id, "data-direction": message.direction, "data-status": message.status }}
      footer={
        <>
          {outbound && !mine && message.sender ? <span className="mr-1 truncate">{message.sender.name} ·</span> : null}
          <time dateTime={message.createdAt.toISOString()} title={formatFullDate(message.createdAt)} suppressHydrationWarning>
            {formatClock(message.createdAt)}
          </time>
          {outbound ? <MessageTick status={message.status} /> : null}
        </>
      }
      actions={
        message.wamid ? (
          <button type="button" onClick={onReply} aria-label={t("reply")} title={t("reply")} className="flex h-8 w-8 items-center justify-center rounded-full bg-surface text-ink-muted shadow hover:text-ink">
            ↩
          </button>
        ) : null
      }
      below={
        <>
          {reactions.length ? (
            <span className="-mt-1 rounded-full border border-line bg-surface px-1.5 text-sm shadow-sm" aria-label={t("reactions", { list: reactions.join(" ") })}>
              {reactions.join(" ")}
            </span>
          ) : null}
          {error ? (
            <div className="mt-1 flex max-w-[85%] flex-col items-end gap-1 text-xs text-danger sm:max-w-[70%]" data-testid="message-failure">
              <button type="button" title={explained?.action} onClick={() => setShowReason((v) => !v)} className="text-right underline decoration-dotted">
                {t("failed", { reason: explained?.title ?? "" })}
              </button>
              {showReason ? <p className="text-right text-ink-muted">{explained?.action}</p> : null}
              {error.retryable ? (
                <button type="button" onClick={onRetry} className="font-medium underline">
                  {t("retry")}
                </button>
              ) : error.needsTemplate ? (
                <button type="button" onClick={onSendTemplate} className="font-medium underline">
                  {t("sendTemplate")}
                </button>
              ) : null}
            </div>
          ) : null}
        </>
      }
    >
      {message.replyTo ? <QuotedMessage quote={message.replyTo} label={quoteLabel} /> : null}
      <MessageContent message={message} />
    </BubbleFrame>
  );
}
