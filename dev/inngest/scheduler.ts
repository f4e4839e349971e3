import type { Clock } from "./clock";
import { fireCron, processEvents, startBatchRun } from "./event-processor";
import { type Logger, errorMessage } from "./logger";
import { executeJob } from "./run-driver";
import { claimDueBatch } from "./store/batches";
import { type Pool, withTx } from "./store/db";
import { claimUnprocessedEvents } from "./store/events";

// Events a worker takes at once: an app sends hundreds together, and processing them in one
// transaction costs a few statements per event instead of a dozen.
const EVENTS_PER_CLAIM = 100;
import { claimDueCron } from "./store/functions";
import { claimDueJob } from "./store/jobs";

export type SchedulerOptions = {
  pool: Pool;
  clock: Clock;
  workers: number;
  /** Longest idle pause; local changes wake the workers sooner. Another executor on the same DB is seen within it. */
  pollMs: number;
  backoffMs: (attempt: number) => number;
  requestTimeoutMs: number;
  logger: Logger;
};

export type Scheduler = {
  /** Tells idle workers that there may be work (new events, an advanced clock…). */
  wake(): void;
  /** Stops claiming; in-flight calls are aborted and their jobs roll back to the queue. */
  stop(): Promise<void>;
};

export function startScheduler(options: SchedulerOptions): Scheduler {
  const abort = new AbortController();
  let generation = 0;
  let sleepers: (() => void)[] = [];

  const wake = () => {
    generation++;
    const woken = sleepers;
    sleepers = [];
    for (const resolve of woken) resolve();
  };
  // After a piece of work there may be more (the jobs it queued): one more worker looks, and each
  // that finds work wakes the next, instead of every idle worker querying at once.
  const wakeOne = () => {
    generation++;
    sleepers.shift()?.();
  };

  const timers = new Set<NodeJS.Timeout>();
  const wakeAt = (inMs: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      wake();
    }, Math.max(0, inMs) + 5);
    timers.add(timer);
  };

  const idle = (seen: number) =>
    new Promise<void>((resolve) => {
      if (seen !== generation || abort.signal.aborted) return resolve();
      const timer = setTimeout(resolve, options.pollMs);
      sleepers.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  // One transaction per tick, whatever kind of work it finds first (an idle tick costs one round of
  // look-ups instead of one transaction per kind).
  const tick = (): Promise<boolean> =>
    withTx(options.pool, async (tx) => {
      const now = options.clock.now();
      const due = await claimDueCron(tx, now);
      if (due) {
        await fireCron(tx, due, now);
        return true;
      }
      const batch = await claimDueBatch(tx, now);
      if (batch) {
        await startBatchRun(tx, batch, now);
        return true;
      }
      const events = await claimUnprocessedEvents(tx, EVENTS_PER_CLAIM);
      if (events.length > 0) {
        const { batchDueAt } = await processEvents(tx, events, now);
        // A batch's timeout is measured on the executor's clock; on the system clock, look again right then.
        if (batchDueAt !== undefined && options.clock.kind === "system") wakeAt(batchDueAt - now);
        return true;
      }
      const claimed = await claimDueJob(tx, now);
      if (!claimed) return false;
      const deps = { now: () => options.clock.now(), backoffMs: options.backoffMs, signal: abort.signal, requestTimeoutMs: options.requestTimeoutMs };
      await executeJob(tx, claimed.job, claimed.run, deps);
      return true;
    });

  const loop = async () => {
    while (!abort.signal.aborted) {
      const seen = generation;
      let worked = false;
      try {
        worked = await tick();
      } catch (error) {
        // A deadlock or a lost connection rolls the claim back; the work is retried on a later tick.
        if (!abort.signal.aborted) options.logger.warn(`worker error (will retry): ${errorMessage(error)}`);
      }
      if (worked) wakeOne();
      else await idle(seen);
    }
  };

  const loops = Array.from({ length: options.workers }, loop);
  return {
    wake,
    async stop() {
      abort.abort();
      for (const timer of timers) clearTimeout(timer);
      wake();
      await Promise.allSettled(loops);
    },
  };
}
