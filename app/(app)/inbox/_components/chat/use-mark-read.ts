"use client";

import { useEffect } from "react";
import { api } from "@/app/_trpc/client";
import type { ConversationDetail } from "../../_lib/types";
import { useThrottledCallback } from "../../_lib/use-throttled-callback";

// Opening (or looking back at) a conversation with unread messages reads it: the count resets and
// the lead sees blue ticks. Only while the tab is visible, and only for whoever may read it.
export function useMarkRead(conversation: ConversationDetail) {
  const markRead = api.inbox.markRead.useMutation();
  const allowed = conversation.abilities.markRead;
  const unread = conversation.unreadCount;
  const id = conversation.id;
  const mark = useThrottledCallback(() => {
    if (allowed && document.visibilityState === "visible") markRead.mutate({ conversationId: id });
  }, 400);

  useEffect(() => {
    if (unread > 0) mark();
  }, [unread, mark]);

  useEffect(() => {
    const onVisible = () => unread > 0 && document.visibilityState === "visible" && mark();
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [unread, mark]);

  return mark;
}
