import type { Clock } from "./clock";
import { fireCron, processEvents, startBatchRun } from "./event-processor";
import { type Logger, errorMessage } from "./logger";
import { executeJob } from "./run-driver";
import { claimDueBatch } from "./store/batches";
import { type Pool, type Tx, withTx } from "./store/db";
import { claimUnprocessedEvents } from "./store/events";

// Events a worker takes at once: an app sends hundreds together, and processing them in one
// transaction costs a few statements per event instead of a dozen.
const EVENTS_PER_CLAIM = 500;
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

type Kind = "any" | "intake";

export function startScheduler(options: SchedulerOptions): Scheduler {
  const abort = new AbortController();
  // Workers and the intake loop sleep apart: a worker's finished job wakes the next worker (the
  // jobs it queued), never the intake, which only new events, the clock and timers wake.
  const generation = { any: 0, intake: 0 };
  const sleepers: Record<Kind, (() => void)[]> = { any: [], intake: [] };

  const wake = () => {
    for (const kind of ["any", "intake"] as const) {
      generation[kind]++;
      const woken = sleepers[kind];
      sleepers[kind] = [];
      for (const resolve of woken) resolve();
    }
  };
  // After a piece of work there may be more (the jobs it queued): one more worker looks, and each
  // that finds work wakes the next, instead of every idle worker querying at once.
  const wakeOne = () => {
    generation.any++;
    sleepers.any.shift()?.();
  };

  const timers = new Set<NodeJS.Timeout>();
  const wakeAt = (inMs: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      wake();
    }, Math.max(0, inMs) + 5);
    timers.add(timer);
  };

  // Idle workers wait to be woken, and one of them is woken every pollMs to look for due work (a
  // sleep that ended, a retry's backoff, another executor's jobs): with 32 workers each polling on
  // its own timer, an idle executor cost the database ~200 statements a second.
  const idle = (kind: Kind, seen: number) =>
    new Promise<void>((resolve) => {
      if (seen !== generation[kind] || abort.signal.aborted) return resolve();
      const timer = kind === "intake" ? setTimeout(resolve, options.pollMs) : undefined;
      sleepers[kind].push(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  // Intake: crons, events and due batches. Events before due batches, so that a batch takes every
  // event that arrived before it closed (as Inngest appends events to batches on arrival).
  const intake = async (tx: Tx, now: number): Promise<boolean> => {
    const due = await claimDueCron(tx, now);
    if (due) {
      await fireCron(tx, due, now);
      return true;
    }
    const events = await claimUnprocessedEvents(tx, EVENTS_PER_CLAIM);
    if (events.length > 0) {
      const { batchDueAt } = await processEvents(tx, events, now);
      // A batch's timeout is measured on the executor's clock; on the system clock, look again right then.
      if (batchDueAt !== undefined && options.clock.kind === "system") wakeAt(batchDueAt - now);
      return true;
    }
    const batch = await claimDueBatch(tx, now);
    if (batch) {
      await startBatchRun(tx, batch, now);
      return true;
    }
    return false;
  };

  // One transaction per tick, whatever kind of work it finds first (an idle tick costs one round of
  // look-ups instead of one transaction per kind). The intake loop never calls the app: with every
  // worker inside a long call, events would otherwise wait, and batches time out half empty.
  const tick = (kind: Kind): Promise<boolean> =>
    withTx(options.pool, async (tx) => {
      const now = options.clock.now();
      if (await intake(tx, now)) return true;
      if (kind === "intake") return false;
      const claimed = await claimDueJob(tx, now);
      if (!claimed) return false;
      const deps = { now: () => options.clock.now(), backoffMs: options.backoffMs, signal: abort.signal, requestTimeoutMs: options.requestTimeoutMs };
      await executeJob(tx, claimed.job, claimed.run, deps);
      return true;
    });

  const loop = async (kind: Kind) => {
    while (!abort.signal.aborted) {
      const seen = generation[kind];
      let worked = false;
      try {
        worked = await tick(kind);
      } catch (error) {
        // A deadlock or a lost connection rolls the claim back; the work is retried on a later tick.
        if (!abort.signal.aborted) options.logger.warn(`worker error (will retry): ${errorMessage(error)}`);
      }
      if (worked) wakeOne();
      else await idle(kind, seen);
    }
  };

  const poller = setInterval(wakeOne, options.pollMs);
  const loops = [loop("intake"), ...Array.from({ length: options.workers }, () => loop("any"))];
  return {
    wake,
    async stop() {
      abort.abort();
      clearInterval(poller);
      for (const timer of timers) clearTimeout(timer);
      wake();
      await Promise.allSettled(loops);
    },
  };
}
