"use client";

import { useChannelEvents, useOnReconnect } from "@/app/_realtime/use-channel-events";
import { api } from "@/app/_trpc/client";
import { conversationChannel } from "@/server/realtime/channels";
import type { ChatMessage, MessagesPage, TimelineEvent } from "../../_lib/types";
import { MESSAGE_PAGE_SIZE } from "../../_lib/page-sizes";
import { useThrottledCallback } from "../../_lib/use-throttled-callback";
import { flattenMessages, upsertMessage } from "./message-cache";

type Options = { conversationId: string; initialMessages: MessagesPage; initialEvents: TimelineEvent[]; onInbound?: () => void };

// The chat's messages: newest page from the server, older pages on scroll up, pushes applied by id
// (fetched through tRPC, so the same rules apply), and a full refetch after a reconnect.
export function useConversationMessages({ conversationId, initialMessages, initialEvents, onInbound }: Options) {
  const utils = api.useUtils();
  const input = { conversationId, limit: MESSAGE_PAGE_SIZE };
  const query = api.inbox.messages.useInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [initialMessages], pageParams: [null] },
  });
  const events = api.inbox.events.useQuery({ conversationId }, { initialData: initialEvents });

  const apply = (message: ChatMessage) => utils.inbox.messages.setInfiniteData(input, (data) => upsertMessage(data, message));
  const fetchOne = async (messageId: string) => {
    const message = await utils.client.inbox.message.query({ conversationId, messageId }).catch(() => null);
    if (message) apply(message);
    return message;
  };
  const refreshConversation = useThrottledCallback(() => {
    void utils.inbox.conversation.invalidate({ conversationId });
    void utils.inbox.events.invalidate({ conversationId });
    void utils.inbox.leadPanel.invalidate({ conversationId });
  }, 200);
  const refetchAll = useThrottledCallback(() => {
    void utils.inbox.messages.invalidate(input);
    refreshConversation();
  }, 200);

  useChannelEvents(conversationChannel(conversationId), {
    "message.created": async ({ messageId }) => {
      const message = await fetchOne(messageId);
      if (message?.direction === "INBOUND") onInbound?.();
    },
    "message.updated": ({ messageId }) => void fetchOne(messageId),
    "conversation.updated": refreshConversation,
    // Anything pushed between the first paint and this subscription is fetched now.
    subscribed: refetchAll,
  });
  useOnReconnect(refetchAll);

  return { query, messages: flattenMessages(query.data), events: events.data ?? [], apply };
}
