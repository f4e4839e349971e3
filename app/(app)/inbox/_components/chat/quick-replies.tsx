"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/app/_components/ui/cn";
import type { RouterOutputs } from "@/app/_trpc/client";

export type QuickReply = RouterOutputs["inbox"]["quickReplies"][number];

export function filterQuickReplies(all: QuickReply[], query: string): QuickReply[] {
  const q = query.trim().toLocaleLowerCase("pt-BR");
  if (!q) return all;
  return all.filter((m) => m.title.toLocaleLowerCase("pt-BR").includes(q) || m.text.toLocaleLowerCase("pt-BR").includes(q));
}

type Props = { items: QuickReply[]; loading: boolean; active: number; onChoose: (item: QuickReply) => void; listId: string };

// The "/" picker: global standard messages and the broker's own, already filled for this lead.
export function QuickRepliesList({ items, loading, active, onChoose, listId }: Props) {
  const t = useTranslations("inbox.composer");
  return (
    <div className="absolute right-0 bottom-full left-0 mb-2 max-h-72 overflow-y-auto rounded-card border border-line bg-surface shadow-lg">
      <p className="border-b border-line px-3 py-2 text-xs text-ink-muted">{t("quickRepliesHint")}</p>
      {loading ? <p className="px-3 py-3 text-sm text-ink-muted">{t("loadingQuickReplies")}</p> : null}
      {!loading && items.length === 0 ? <p className="px-3 py-3 text-sm text-ink-muted">{t("noQuickReplies")}</p> : null}
      <ul role="listbox" id={listId} aria-label={t("quickReplies")}>
        {items.map((item, index) => (
          <li
            key={item.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(item);
            }}
            className={cn("cursor-pointer px-3 py-2", index === active ? "bg-brand-soft" : "hover:bg-surface-muted")}
          >
            <span className="flex items-center gap-2 text-sm font-medium">
              {item.title}
              {item.personal ? <span className="text-xs font-normal text-ink-faint">{t("personal")}</span> : null}
            </span>
            <span className="line-clamp-2 text-xs text-ink-muted">{item.text}</span>
          </li>
        ))}
      </ul>
      {/* Brokers keep their personal messages on this page (issue 12: it was reachable only by URL). */}
      <Link
        href="/settings/standard-messages"
        onMouseDown={(e) => e.preventDefault()}
        className="block border-t border-line px-3 py-2 text-xs font-medium text-brand hover:bg-surface-muted"
      >
        {t("manageQuickReplies")}
      </Link>
    </div>
  );
}
