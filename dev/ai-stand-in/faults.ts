import { z } from "zod";

// Outages on demand for tests: the next `count` API calls (every one, without a count) fail the
// way OpenAI fails. `retryAfterMs` is sent as OpenAI's `retry-after-ms` header, which the AI SDK
// honours between its retries, so a test of "down after retries" takes milliseconds.
export const faultSchema = z
  .object({
    mode: z.enum(["none", "down", "overQuota", "slow", "reject"]),
    count: z.number().int().positive().optional(),
    /** slow: how long the answer waits before anything is sent. */
    delayMs: z.number().int().min(0).max(600_000).optional(),
    retryAfterMs: z.number().int().min(0).max(60_000).optional(),
  })
  .strict();

export type Fault = z.infer<typeof faultSchema>;
export type ActiveFault = { mode: Exclude<Fault["mode"], "none">; delayMs: number; retryAfterMs?: number };

const DEFAULT_SLOW_MS = 30_000;

export function createFaults() {
  let current: { fault: ActiveFault; remaining: number } | undefined;
  return {
    set(fault: Fault) {
      current =
        fault.mode === "none"
          ? undefined
          : { fault: { mode: fault.mode, delayMs: fault.delayMs ?? DEFAULT_SLOW_MS, retryAfterMs: fault.retryAfterMs }, remaining: fault.count ?? Infinity };
    },
    /** The fault this call suffers, if any; counts it. */
    take(): ActiveFault | undefined {
      if (!current) return undefined;
      const { fault } = current;
      current.remaining -= 1;
      if (current.remaining <= 0) current = undefined;
      return fault;
    },
    describe: () => (current ? { ...current.fault, remaining: Number.isFinite(current.remaining) ? current.remaining : null } : { mode: "none" as const }),
    clear() {
      current = undefined;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
