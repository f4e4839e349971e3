import "server-only";
import type { Db } from "@/server/db";
import { applyWebhookEvents, type FollowUpDeps } from "./apply-webhook-events";
import { describeError } from "./describe-error";

// Big enough to amortise a transaction's commit over a burst, small enough to keep its locks short.
const BATCH_SIZE = 50;

type Waiter = { id: string; done: () => void };

export type WebhookApplier = {
  /** Resolves once the event was applied (by this process, or by whoever held it), or failed and was recorded. */
  apply(eventId: string): Promise<void>;
};

/**
 * Applies the events this process just stored, right after each answer: one loop per process
 * takes whatever arrived since its last batch (a single event when traffic is light, up to
 * BATCH_SIZE in a burst) and applies it in one transaction, in arrival order. Anything it never
 * gets to (the process died) is left for drainWebhookEvents.
 */
export function createWebhookApplier(db: () => Db, deps: () => FollowUpDeps): WebhookApplier {
  const queue: Waiter[] = [];
  let running = false;

  async function run() {
    running = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, BATCH_SIZE);
        try {
          await applyWebhookEvents(db(), { ids: batch.map((w) => w.id) }, deps());
        } catch (error) {
          // Only when even recording the failure failed (the database is gone): the drainer retries.
          console.error(`[webhook] lote de ${batch.length} evento(s) não aplicado: ${describeError(error)}`);
        }
        for (const waiter of batch) waiter.done();
      }
    } finally {
      running = false;
    }
  }

  return {
    apply(eventId) {
      return new Promise<void>((resolve) => {
        queue.push({ id: eventId, done: resolve });
        if (!running) void run();
      });
    },
  };
}
