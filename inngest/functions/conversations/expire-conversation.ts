import "server-only";
import { inngest } from "@/inngest/client";
import { conversationWindowArmed } from "@/inngest/events";
import { getDb } from "@/server/db";
import { expireWindow } from "@/server/services/conversations/expire-window";

/**
 * conversation/expire: sleeps until the service window ends, then closes or expires the
 * conversation unless the window moved. A later arm for the same conversation cancels this run
 * (an earlier one arriving late never does), and the re-check on waking covers a cancel that
 * lost the race.
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
    const { conversationId, windowExpiresAt } = event.data;
    await step.sleepUntil("wait-for-window-end", new Date(windowExpiresAt));
    const result = await step.run("close-window", () => expireWindow(getDb(), conversationId, new Date(windowExpiresAt)));
    return { conversationId, result };
  },
);
