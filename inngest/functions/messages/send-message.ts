import "server-only";
import { NonRetriableError, RetryAfterError } from "inngest";
import { inngest } from "@/inngest/client";
import { messageSendRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
import { MetaApiError } from "@/server/meta/meta-errors";
import { abandonMessage } from "@/server/services/messages/abandon-message";
import { deliverMessage, initialDeliveryState, type DeliveryOutcome, type DeliveryState } from "@/server/services/messages/deliver-message";
import { replayEarlyStatuses } from "@/server/services/webhooks/replay-early-statuses";

const THROUGHPUT_CODE = 130429;
// A run waits for slots at most this many times (each is two steps; Inngest allows 1,000 per run).
const MAX_ROUNDS = 400;

// Throughput errors clear within seconds; Retry-After spares the executor's longer default back-off.
function retryAfterThroughput(error: unknown, attempt: number): never {
  if (error instanceof MetaApiError && error.code === THROUGHPUT_CODE) {
    throw new RetryAfterError("Limite de envio do número atingido (130429)", `${Math.min(2 ** attempt, 30)}s`, { cause: error });
  }
  throw error;
}

/**
 * message/send: delivers one QUEUED outbound message. The slot waits are durable sleeps between
 * attempts; the attempt itself (deliverMessage) re-reads the message first, so a repeated event
 * or a retry after a timeout never sends twice.
 */
export const sendMessage = inngest.createFunction(
  {
    id: "message-send",
    name: "message/send",
    triggers: [messageSendRequested],
    retries: 10,
    onFailure: async ({ event }) => {
      const messageId = (event.data.event.data as { messageId?: unknown }).messageId;
      if (typeof messageId === "string") await abandonMessage(getDb(), messageId);
    },
  },
  async ({ event, step, attempt }) => {
    const { messageId } = event.data;
    let state: DeliveryState = initialDeliveryState;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const outcome: DeliveryOutcome = await step.run("deliver-message", () =>
        deliverMessage(getDb(), messageId, state, { afterSent: (wamid, sentAt) => replayEarlyStatuses(getDb(), wamid, sentAt) }).catch((error: unknown) => retryAfterThroughput(error, attempt)),
      );
      if (outcome.kind === "failed") throw new NonRetriableError(`Mensagem ${messageId} não enviada: ${outcome.summary}`);
      if (outcome.kind !== "wait") return outcome;
      state = outcome.state;
      await step.sleep(`wait-for-${outcome.reason}`, outcome.ms);
    }
    throw new NonRetriableError(`Mensagem ${messageId} esperou vaga de envio por tempo demais`);
  },
);
