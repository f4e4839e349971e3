import "server-only";
import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { messageBatchSendRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
import { deliverBatchRound, nextTryAt, pendingSends, type PendingSend } from "@/server/services/messages/deliver-batch";
import { replayEarlyStatusesFor } from "@/server/services/webhooks/replay-early-statuses";

// Each round is a step and a sleep; Inngest allows 1,000 steps per run.
const MAX_ROUNDS = 400;

/**
 * message/send-batch: the first send of queued messages, up to 100 of one channel per run (Inngest
 * batches the events per channelId and starts a run when 100 are waiting or 1 s after the first).
 * Each round sends every message that may go now at its channel's pace and keeps the rest (a lead's
 * pair slot, Meta's 131056 or 130429, the channel's slots booked by others) for a durable sleep.
 * A message is claimed before it is sent (send-claim.ts), so a retry of a round, another batch or
 * message/send never send it twice. Messages a run could not finish stay QUEUED for the stuck sweep.
 * At most two of a channel's runs send at once: a launch queues hundreds of messages per channel in
 * one go, and more runs would only share the channel's slots while each held a request and its
 * claims open (two, so the next run loads and claims while the other still sends).
 */
export const sendMessageBatch = inngest.createFunction(
  {
    id: "message-send-batch",
    name: "message/send-batch",
    triggers: [messageBatchSendRequested],
    batchEvents: { maxSize: 100, timeout: "1s", key: "event.data.channelId" },
    concurrency: { limit: 2, key: "event.data.channelId" },
    retries: 10,
  },
  async ({ events, step }) => {
    let pending: PendingSend[] = pendingSends(events.map((event) => event.data.messageId));
    const totals = { sent: 0, failed: 0, skipped: 0 };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const outcome = await step.run("deliver-batch", async () => {
        const { sent, failed, skipped, pending: left } = await deliverBatchRound(getDb(), pending, { afterSent: (sends) => replayEarlyStatusesFor(getDb(), sends) });
        return { sent: sent.length, failed: failed.length, skipped: skipped.length, pending: left };
      });
      totals.sent += outcome.sent;
      totals.failed += outcome.failed;
      totals.skipped += outcome.skipped;
      pending = outcome.pending;
      if (pending.length === 0) return totals;
      const waitMs = nextTryAt(pending) - Date.now();
      if (waitMs > 0) await step.sleep("wait-for-slots", waitMs);
    }
    throw new NonRetriableError(`${pending.length} mensagens esperaram vaga de envio por tempo demais`);
  },
);
