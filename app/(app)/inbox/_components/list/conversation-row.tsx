"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { cn } from "@/app/_components/ui/cn";
import { lastMessageLineText } from "@/app/_i18n/last-message-line";
import { formatFullDate, formatListTime, leadDisplayName } from "../../_lib/format";
import type { ConversationRow as Row } from "../../_lib/types";
import { Avatar } from "../avatar";
import { MessageTick } from "../message-tick";

const CLOSING_SOON_MS = 2 * 60 * 60 * 1000;

type Props = { item: Row; selected: boolean; now: Date; showAssignee: boolean };

export function ConversationRow({ item, selected, now, showAssignee }: Props) {
  const t = useTranslations("inbox");
  const tAll = useTranslations();
  const name = leadDisplayName(item.lead, t("unnamedLead"));
  const left = item.windowExpiresAt ? +item.windowExpiresAt - +now : null;
  const expired = item.status === "EXPIRED" || (item.status === "OPEN" && left !== null && left <= 0);
  const closingSoon = item.status === "OPEN" && left !== null && left > 0 && left <= CLOSING_SOON_MS;
  const unread = item.unreadCount > 0;
  return (
    <li>
      <Link
        href={`/inbox/${item.id}`}
        aria-current={selected ? "page" : undefined}
        data-testid="conversation-row"
        data-conversation-id={item.id}
        className={cn(
          "flex min-h-[72px] items-center gap-3 border-b border-line px-3 py-2 outline-offset-[-2px] hover:bg-surface-muted",
          selected && "bg-brand-soft/60 hover:bg-brand-soft/60",
        )}
      >
        <Avatar name={name} />
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline justify-between gap-2">
            <span className={cn("truncate", unread ? "font-semibold" : "font-medium")}>{name}</span>
            <time
              dateTime={item.lastMessageAt.toISOString()}
              title={formatFullDate(item.lastMessageAt)}
              suppressHydrationWarning
              className={cn("shrink-0 text-xs", unread ? "font-semibold text-brand" : "text-ink-faint")}
            >
              {formatListTime(item.lastMessageAt, now, { today: t("today"), yesterday: t("yesterday") })}
            </time>
          </span>
          <span className="mt-0.5 flex items-center gap-1 text-sm text-ink-muted">
            {item.lastMessageDirection === "OUTBOUND" ? <MessageTick status={item.lastMessageStatus} /> : null}
            <span className="truncate" data-testid="conversation-preview">
              {lastMessageLineText(tAll, item) ?? t("noMessages")}
            </span>
            <span className="ml-auto flex shrink-0 items-center gap-1">
              {closingSoon ? (
                <span role="img" aria-label={t("list.closingSoon")} title={t("list.closingSoon")} className="text-warning">
                  <svg viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden>
                    <circle cx="8" cy="8" r="6" />
                    <path d="M8 4.5V8l2.5 1.5" />
                  </svg>
                </span>
              ) : null}
              {unread ? (
                <span className="min-w-5 rounded-full bg-brand px-1.5 text-center text-xs font-semibold text-white" aria-label={t("list.unread", { count: item.unreadCount })} data-testid="unread-badge">
                  {item.unreadCount}
                </span>
              ) : null}
            </span>
          </span>
          <span className="mt-1 flex flex-wrap items-center gap-1">
            <Badge tone={item.channel.mode === "ACTIVE" ? "brand" : "neutral"} className="max-w-40 truncate">
              {item.channel.name}
            </Badge>
            {expired ? <Badge tone="warning">{t("list.expired")}</Badge> : null}
            {item.status === "CLOSED" ? <Badge>{t("list.closed")}</Badge> : null}
            {showAssignee ? <span className="truncate text-xs text-ink-faint">{item.assignee ? item.assignee.name : t("list.unassigned")}</span> : null}
          </span>
        </span>
      </Link>
    </li>
  );
}
