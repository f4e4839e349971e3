import "server-only";
import { inngest } from "@/inngest/client";
import { conversationWindowArmed } from "@/inngest/events";
import { getDb } from "@/server/db";
import { expireWindow, windowDeadline } from "@/server/services/conversations/expire-window";

// Each extension of the window costs two steps; Inngest allows 1,000 per run.
const MAX_ROUNDS = 400;

/**
 * conversation/expire: sleeps until the service window ends, then closes or expires the
 * conversation; when a newer message moved the window meanwhile, it sleeps again until the new
 * end. So a window is armed once, when it opens, not on every message of a busy chat. A later arm
 * for the same conversation (a window opening again) cancels this run; an earlier one arriving
 * late never does.
 */
export const expireConversation = inngest.createFunction(
  {
    id: "conversation-expire",
    name: "conversation/expire",
    triggers: [conversationWindowArmed],
    cancelOn: [
      {
        event: conversationWindowArmed,
        if: "async.data.conversationId == event.data.conversationId && async.data.windowExpiresAt > event.data.windowExpiresAt",
      },
    ],
    retries: 5,
  },
  async ({ event, step }) => {
    const { conversationId } = event.data;
    let until = new Date(event.data.windowExpiresAt);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      await step.sleepUntil("wait-for-window-end", until);
      const result = await step.run("close-window", () => expireWindow(getDb(), conversationId, until));
      if (result !== "rearmed") return { conversationId, result };
      const next = await step.run("read-window-end", () => windowDeadline(getDb(), conversationId));
      if (!next) return { conversationId, result: "not-open" as const };
      until = new Date(next);
    }
    // The 15-minute sweep (expire-overdue) ends the window if nobody arms it again.
    return { conversationId, result: "rearmed" as const };
  },
);
