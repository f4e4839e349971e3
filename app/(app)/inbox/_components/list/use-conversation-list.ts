"use client";

import { useChannelEvents, useOnReconnect } from "@/app/_realtime/use-channel-events";
import { api } from "@/app/_trpc/client";
import { inboxChannel, managersInboxChannel } from "@/server/realtime/channels";
import { useInboxUser } from "../../_lib/inbox-user";
import type { ConversationListPage } from "../../_lib/types";
import { useThrottledCallback } from "../../_lib/use-throttled-callback";
import { isDefault, listInput, type ListFilters } from "./list-filters";

const REFETCH_WAIT_MS = 250;

// The list is refetched (keyset, newest activity first) whenever a conversation the user sees
// changes: reordering and unread counts come from the server, so nothing shows twice.
export function useConversationList(filters: ListFilters, initialPage: ConversationListPage) {
  const me = useInboxUser();
  const utils = api.useUtils();
  const query = api.inbox.list.useInfiniteQuery(listInput(filters), {
    getNextPageParam: (page) => page.nextCursor,
    initialData: isDefault(filters) ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: (previous) => previous,
  });

  const refresh = useThrottledCallback(() => void utils.inbox.list.invalidate(), REFETCH_WAIT_MS);
  const handlers = { "message.created": refresh, "message.updated": refresh, "conversation.updated": refresh, subscribed: refresh };
  useChannelEvents(inboxChannel(me.id), handlers);
  useChannelEvents(me.manages ? managersInboxChannel : null, handlers);
  useOnReconnect(refresh);

  const seen = new Set<string>();
  const items = (query.data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && seen.add(item.id));
  return { query, items };
}
