import "server-only";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Spreads a batch's Graph calls over the times its slots were booked for: each call starts at its
 * time, or later when `inFlight` calls are already out or when the previous call for the same key
 * (a lead) has not answered yet, so one lead's messages reach Meta in the order they were queued.
 * The call is told how late it starts, for the caller to give up a slot it can no longer honour.
 */
export function createPacer(options: { inFlight: number }) {
  const lastOfKey = new Map<string, Promise<void>>();
  const scheduled: Promise<void>[] = [];
  let permits = options.inFlight;
  const waiting: (() => void)[] = [];
  const acquire = () => (permits > 0 ? ((permits -= 1), Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else permits += 1;
  };

  return {
    /** `call` must settle on its own errors: the pacer only times it. */
    schedule(atMs: number, key: string, call: (lateMs: number) => Promise<void>) {
      const before = lastOfKey.get(key);
      const task = (async () => {
        const wait = atMs - Date.now();
        if (wait > 0) await sleep(wait);
        await before?.catch(() => undefined);
        await acquire();
        try {
          await call(Date.now() - atMs);
        } finally {
          release();
        }
      })();
      lastOfKey.set(key, task);
      scheduled.push(task);
    },
    /** Resolves once every scheduled call has settled. */
    async drain() {
      await Promise.allSettled(scheduled);
    },
  };
}
