import "server-only";
import type { Db } from "@/server/db";
import { applyWithoutFollowUps, followUp, type AppliedBatch, type FollowUpDeps } from "./apply-webhook-events";
import { describeError } from "./describe-error";

// The worker answers nobody, so a batch may be as big as applying stays quick: measured with the
// bench's `apply` phase, 637 events/s in batches of 50 and 1,350 in batches of 500. Under a steady
// load batches stay small anyway (what arrived while the previous one was applied).
const BATCH_SIZE = 200;
// A safety net only: a stored event wakes the worker through LISTEN/NOTIFY.
const IDLE_POLL_MS = 1_000;
const ERROR_BACKOFF_MS = 1_000;

export type WebhookWorkerOptions = { batchSize?: number; idlePollMs?: number; errorBackoffMs?: number };

export type WebhookWorker = {
  /** Something was stored: apply it now rather than at the next poll. */
  wake(): void;
  /** Finishes the batch in hand and its pushes, then resolves. */
  stop(): Promise<void>;
};

/**
 * Applies every stored webhook event in a process of its own, so the server answering Meta only
 * stores them: one loop takes what is pending (oldest first, FOR UPDATE SKIP LOCKED, so the
 * workers of several instances share the work), applies it in one transaction and hands its pushes
 * and jobs on while it takes the next batch. It never exits on a database outage: it waits and
 * tries again, and the events wait stored.
 */
export function startWebhookWorker(db: () => Db, deps: () => FollowUpDeps, options: WebhookWorkerOptions = {}): WebhookWorker {
  const limit = options.batchSize ?? BATCH_SIZE;
  let stopped = false;
  let woken = false;
  let rest: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        rest = undefined;
        resolve();
      }
      rest = done;
    });

  async function takeBatch(): Promise<AppliedBatch | null> {
    try {
      return await applyWithoutFollowUps(db(), { due: { limit } });
    } catch (error) {
      // Only when even recording a failure failed: the database is gone for now.
      console.error(`[webhook-worker] lote não aplicado: ${describeError(error)}`);
      return null;
    }
  }

  async function run() {
    let followingUp: Promise<void> = Promise.resolve();
    while (!stopped) {
      // A wake-up from now on may be for an event this claim does not see: it claims again then.
      woken = false;
      const batch = await takeBatch();
      await followingUp;
      if (batch) followingUp = followUp(batch.outcomes, deps());
      const taken = batch ? batch.report.applied.length + batch.report.failed.length : 0;
      if (stopped || taken > 0 || woken) continue;
      await pause(batch ? (options.idlePollMs ?? IDLE_POLL_MS) : (options.errorBackoffMs ?? ERROR_BACKOFF_MS));
    }
    await followingUp;
  }

  const running = run();
  return {
    wake() {
      woken = true;
      rest?.();
    },
    async stop() {
      stopped = true;
      rest?.();
      await running;
    },
  };
}
