import "server-only";
import type { Db } from "@/server/db";
import { applyWithoutFollowUps, followUp, type FollowUpDeps } from "./apply-webhook-events";
import { describeError } from "./describe-error";
import { splitIntoLanes } from "./split-into-lanes";

// Big enough to amortise a transaction's commit over a burst, small enough to keep its locks short.
const BATCH_SIZE = 200;
// Transactions applied at once: each spends most of its time waiting on PostgreSQL's answers.
const LANES = 4;

type Waiter = { id: string; keys: string[]; done: () => void };

export type WebhookApplier = {
  /**
   * Resolves once the event was applied (by this process, or by whoever held it) and its pushes
   * and jobs handed on, or once it failed and was recorded. `keys` are its orderingKeys.
   */
  apply(event: { id: string; keys: string[] }): Promise<void>;
};

/**
 * Applies the events this process just stored, right after each answer: one loop per process
 * takes whatever arrived since its last batch (a single event when traffic is light, up to
 * BATCH_SIZE in a burst), splits it into lanes of events that share no lead, and applies the lanes
 * in concurrent transactions, each in arrival order. A batch's pushes and jobs go out while the
 * next batch is applied, in batch order. Anything it never gets to (the process died) is left for
 * drainWebhookEvents.
 */
export function createWebhookApplier(db: () => Db, deps: () => FollowUpDeps): WebhookApplier {
  const queue: Waiter[] = [];
  let running = false;

  async function applyLanes(batch: Waiter[]) {
    const lanes = splitIntoLanes(
      batch.map((waiter) => ({ item: waiter.id, keys: waiter.keys })),
      LANES,
    );
    const applied = await Promise.all(
      lanes.map((ids) =>
        applyWithoutFollowUps(db(), { ids }).catch((error: unknown) => {
          // Only when even recording the failure failed (the database is gone): the drainer retries.
          console.error(`[webhook] lote de ${ids.length} evento(s) não aplicado: ${describeError(error)}`);
          return { outcomes: [] };
        }),
      ),
    );
    return applied.flatMap((lane) => lane.outcomes);
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
        const outcomes = await applyLanes(batch);
        // One batch's follow-ups at a time, so pushes keep the order of the batches.
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
    apply(event) {
      return new Promise<void>((resolve) => {
        queue.push({ id: event.id, keys: event.keys, done: resolve });
        if (!running) void run();
      });
    },
  };
}
