"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useInboxUser } from "../../_lib/inbox-user";
import type { ConversationListPage, InboxChannelOption } from "../../_lib/types";
import { useNow } from "../../_lib/use-now";
import { NotificationsButton } from "../notifications-button";
import { ConversationFilters } from "./conversation-filters";
import { ConversationRow } from "./conversation-row";
import { DEFAULT_FILTERS, isDefault, type ListFilters } from "./list-filters";
import { useConversationList } from "./use-conversation-list";
import { useInfiniteScroll } from "../use-infinite-scroll";

type Props = { initialPage: ConversationListPage; channels: InboxChannelOption[]; selectedId: string | null };

export function ConversationList({ initialPage, channels, selectedId }: Props) {
  const t = useTranslations("inbox");
  const me = useInboxUser();
  const router = useRouter();
  const now = useNow(60_000);
  const [filters, setFilters] = useState<ListFilters>(DEFAULT_FILTERS);
  const deferred = useDeferredValue(filters);
  const { query, items } = useConversationList(deferred, initialPage);
  const listRef = useRef<HTMLUListElement>(null);
  const sentinel = useInfiniteScroll(() => void query.fetchNextPage(), Boolean(query.hasNextPage) && !query.isFetchingNextPage);

  // Alt+↑/↓ anywhere in the inbox (even while typing) moves to the previous/next conversation.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
      const index = items.findIndex((item) => item.id === selectedId);
      const next = items[event.key === "ArrowDown" ? index + 1 : Math.max(0, index - 1)];
      if (!next || next.id === selectedId) return;
      event.preventDefault();
      router.push(`/inbox/${next.id}`);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [items, selectedId, router]);

  // ↑/↓ move the focus through the list itself.
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    const links = Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-testid=conversation-row]") ?? []);
    const index = links.findIndex((link) => link === document.activeElement);
    const next = links[event.key === "ArrowDown" ? index + 1 : Math.max(0, index - 1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex items-center justify-between gap-2 px-3 pt-3 pb-2">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <NotificationsButton />
      </div>
      <ConversationFilters filters={filters} onChange={setFilters} channels={channels} manages={me.manages} />
      <div className="min-h-0 flex-1 overflow-y-auto" aria-busy={query.isFetching}>
        {query.isPending ? (
          <div className="flex flex-col gap-2 p-3">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-16" />
            ))}
          </div>
        ) : query.isError ? (
          <div className="p-3">
            <EmptyState title={t("list.loadError")} hint={query.error.message} action={<Button variant="secondary" onClick={() => void query.refetch()}>{t("retry")}</Button>} />
          </div>
        ) : items.length === 0 ? (
          <div className="p-3">
            {isDefault(filters) ? (
              <EmptyState title={t("empty")} hint={me.manages ? t("emptyHintManager") : t("emptyHint")} />
            ) : (
              <EmptyState title={t("list.noMatch")} action={<Button variant="secondary" onClick={() => setFilters(DEFAULT_FILTERS)}>{t("list.clearFilters")}</Button>} />
            )}
          </div>
        ) : (
          <>
            <ul ref={listRef} onKeyDown={onListKey} aria-label={t("list.label")} data-testid="conversation-list">
              {items.map((item) => (
                <ConversationRow key={item.id} item={item} selected={item.id === selectedId} now={now} showAssignee={me.manages} />
              ))}
            </ul>
            <div ref={sentinel} className="flex justify-center p-3">
              {query.hasNextPage ? (
                <Button variant="ghost" size="sm" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                  {query.isFetchingNextPage ? t("loading") : t("list.loadMore")}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
