"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { formatDayLabel } from "../../_lib/format";
import { useInboxUser } from "../../_lib/inbox-user";
import { useNow } from "../../_lib/use-now";
import type { ChatMessage } from "../../_lib/types";
import { useInfiniteScroll } from "../use-infinite-scroll";
import { MessageBubble } from "./message-bubble";
import { OutboxBubble } from "./outbox-bubble";
import { EventLine, SystemLine } from "./system-line";
import type { TimelineRow } from "./timeline";
import type { OutboxItem } from "./use-outbox";

type Props = {
  rows: TimelineRow[];
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => void;
  onReply: (message: ChatMessage) => void;
  onRetry: (message: ChatMessage) => void;
  onRetryOutbox: (item: OutboxItem) => void;
  onDiscardOutbox: (item: OutboxItem) => void;
  onSendTemplate: () => void;
  /** Changes when the broker sends: the chat jumps to the bottom. */
  sentCount: number;
};

const NEAR_BOTTOM_PX = 80;

// A column-reverse scroller keeps the view anchored to the newest message: older pages load above
// without moving what the broker is reading, and a new message at the bottom stays in view.
export function MessageList({ rows, hasOlder, loadingOlder, loadOlder, onReply, onRetry, onRetryOutbox, onDiscardOutbox, onSendTemplate, sentCount }: Props) {
  const t = useTranslations("inbox");
  const me = useInboxUser();
  const now = useNow(60_000);
  const scroller = useRef<HTMLDivElement>(null);
  const [atBottom, setAtBottom] = useState(true);
  const top = useInfiniteScroll(loadOlder, hasOlder && !loadingOlder);
  const lastKey = rows.at(-1)?.key;
  // The newest row the broker had in view when they scrolled away from the bottom.
  const [seenKey, setSeenKey] = useState(lastKey);
  const seenIndex = rows.findIndex((row) => row.key === seenKey);
  const unseen = atBottom || seenIndex < 0 ? 0 : rows.slice(seenIndex + 1).filter((row) => row.kind === "message").length;

  useEffect(() => {
    if (sentCount > 0) scroller.current?.scrollTo({ top: 0 });
  }, [sentCount]);

  const onScroll = () => {
    const bottom = Math.abs(scroller.current?.scrollTop ?? 0) < NEAR_BOTTOM_PX;
    if (atBottom) setSeenKey(lastKey);
    setAtBottom(bottom);
  };

  return (
    <div className="relative min-h-0 flex-1">
      <div ref={scroller} onScroll={onScroll} className="flex h-full flex-col-reverse overflow-y-auto" data-testid="message-scroller">
        <div className="flex flex-col py-3" role="log" aria-live="polite" aria-relevant="additions" aria-label={t("chat.messages")}>
          <div ref={top} className="flex min-h-8 justify-center">
            {hasOlder ? (
              <Button variant="ghost" size="sm" onClick={loadOlder} disabled={loadingOlder}>
                {loadingOlder ? t("loading") : t("chat.loadOlder")}
              </Button>
            ) : rows.length > 0 ? (
              <span className="text-xs text-ink-faint">{t("chat.start")}</span>
            ) : null}
          </div>
          {rows.length === 0 ? <p className="p-6 text-center text-sm text-ink-muted">{t("chat.empty")}</p> : null}
          {rows.map((row) => {
            switch (row.kind) {
              case "day":
                return (
                  <div key={row.key} className="sticky top-1 z-10 flex justify-center py-2">
                    <span className="rounded-md bg-surface px-3 py-1 text-xs font-medium text-ink-muted shadow-sm" suppressHydrationWarning>
                      {formatDayLabel(row.date, now, { today: t("chat.today"), yesterday: t("chat.yesterday") })}
                    </span>
                  </div>
                );
              case "event":
                return <EventLine key={row.key} event={row.event} />;
              case "system":
                return (
                  <SystemLine key={row.key} at={row.message.createdAt}>
                    {row.message.details.kind === "system" ? (row.message.details.text ?? "") : (row.message.body ?? "")}
                  </SystemLine>
                );
              case "outbox":
                return <OutboxBubble key={row.key} item={row.item} onRetry={() => onRetryOutbox(row.item)} onDiscard={() => onDiscardOutbox(row.item)} />;
              case "message":
                return (
                  <MessageBubble
                    key={row.key}
                    message={row.message}
                    mine={row.message.sender?.id === me.id}
                    reactions={row.reactions}
                    onReply={() => onReply(row.message)}
                    onRetry={() => onRetry(row.message)}
                    onSendTemplate={onSendTemplate}
                  />
                );
            }
          })}
        </div>
      </div>
      {unseen > 0 && !atBottom ? (
        <button
          type="button"
          onClick={() => scroller.current?.scrollTo({ top: 0, behavior: "smooth" })}
          className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-brand px-4 py-2 text-sm font-medium text-white shadow-lg"
        >
          {t("chat.newMessages", { count: unseen })}
        </button>
      ) : null}
    </div>
  );
}
