import "server-only";
import { inngest } from "@/inngest/client";
import { messageSendRequested } from "@/inngest/events";
import type { Push } from "@/server/realtime/channels";
import { publish } from "@/server/realtime/publish";

// `eventId` is Inngest's idempotency key: a repeated request for the same send is dropped there.
export type SendRequest = { messageId: string; eventId: string };

// Side effects after the commit, injectable so tests capture them instead of reaching Inngest/Pusher.
export type OutboundDeps = {
  requestSends: (requests: SendRequest[]) => Promise<void>;
  publish: (pushes: Push[]) => Promise<void>;
  now: () => Date;
};

export const defaultOutboundDeps: OutboundDeps = {
  requestSends: async (requests) => {
    if (requests.length === 0) return;
    await inngest.send(requests.map((r) => messageSendRequested.create({ messageId: r.messageId }, { id: r.eventId })));
  },
  publish,
  now: () => new Date(),
};

export const firstSendRequest = (messageId: string): SendRequest => ({ messageId, eventId: `message-send-${messageId}` });
