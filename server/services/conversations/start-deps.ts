import "server-only";
import { inngest } from "@/inngest/client";
import { messageSendRequested } from "@/inngest/events";
import { publish } from "@/server/realtime/publish";
import { armWindowExpiry } from "./arm-window-expiry";
import type { Push } from "@/server/realtime/channels";

// Side effects after the commit, injectable so tests capture them instead of reaching Inngest/Pusher.
export type StartDeps = {
  requestSends: (messageIds: string[]) => Promise<void>;
  publish: (pushes: Push[]) => Promise<void>;
  /** Schedules conversation/expire for an unanswered business-initiated conversation. */
  armExpiry: (conversationId: string, deadline: Date) => Promise<void>;
};

export const defaultStartDeps: StartDeps = {
  requestSends: async (messageIds) => {
    // The event id makes a retried request (same clientRequestId) a no-op for Inngest.
    await inngest.send(messageIds.map((messageId) => messageSendRequested.create({ messageId }, { id: `message-send-${messageId}` })));
  },
  publish,
  armExpiry: armWindowExpiry,
};
