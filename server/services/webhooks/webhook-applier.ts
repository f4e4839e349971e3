import "server-only";
import type { Db } from "@/server/db";
import { applyWithoutFollowUps, followUp, type FollowUpDeps } from "./apply-webhook-events";
import { describeError } from "./describe-error";

// Applying is set-based, so a batch costs a few statements more than one event. But it runs in the
// process that answers Meta: measured with the bench at 250 webhooks/s, batches of 500 held the
// answers back (p50 3 s, capacity 24 % of the no-op route) where batches of 50 did not (p50 38 ms, 35 %).
const BATCH_SIZE = 50;

type Waiter = { id: string; done: () => void };

export type WebhookApplier = {
  /** Resolves once the event was applied (by this process, or by whoever held it) and its pushes and jobs handed on, or once it failed and was recorded. */
  apply(eventId: string): Promise<void>;
};

/**
 * Applies the events this process just stored, right after each answer: one loop per process
 * takes whatever arrived since its last batch (a single event when traffic is light, up to
 * BATCH_SIZE in a burst) and applies it in one transaction, in arrival order. A batch's pushes
 * and jobs go out while the next batch is applied, one batch after the other. Anything it never
 * gets to (the process died) is left for drainWebhookEvents.
 */
export function createWebhookApplier(db: () => Db, deps: () => FollowUpDeps): WebhookApplier {
  const queue: Waiter[] = [];
  let running = false;

  async function applyBatch(ids: string[]) {
    try {
      return (await applyWithoutFollowUps(db(), { ids })).outcomes;
    } catch (error) {
      // Only when even recording the failure failed (the database is gone): the drainer retries.
      console.error(`[webhook] lote de ${ids.length} evento(s) não aplicado: ${describeError(error)}`);
      return [];
    }
  }

  async function run() {
    running = true;
    let followingUp: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        if (queue.length === 0) {
          await followingUp;
          if (queue.length === 0) return;
        }
        const batch = queue.splice(0, BATCH_SIZE);
        const outcomes = await applyBatch(batch.map((waiter) => waiter.id));
        await followingUp;
        followingUp = followUp(outcomes, deps())
          .catch((error: unknown) => console.warn(`[webhook] acompanhamento falhou: ${describeError(error)}`))
          .finally(() => {
            for (const waiter of batch) waiter.done();
          });
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
