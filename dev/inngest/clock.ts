export type Clock = {
  now(): number;
  /** Moves the clock forward; on the system clock this is refused. */
  advance(ms: number): number;
  readonly kind: "system" | "offset" | "manual";
};

export function systemClock(): Clock {
  return {
    kind: "system",
    now: () => Date.now(),
    advance: () => {
      throw new Error("The system clock cannot be advanced; start with INNGEST_LOCAL_TEST_CLOCK=1");
    },
  };
}

/** Real time plus an offset that only grows: integration tests skip ahead over sleeps and crons. */
export function offsetClock(): Clock {
  let offset = 0;
  return {
    kind: "offset",
    now: () => Date.now() + offset,
    advance(ms) {
      assertAdvance(ms);
      offset += ms;
      return Date.now() + offset;
    },
  };
}

/** Frozen time that moves only when told to: unit and integration tests stay deterministic. */
export function manualClock(start: number | Date = Date.UTC(2030, 0, 1)): Clock {
  let current = typeof start === "number" ? start : start.getTime();
  return {
    kind: "manual",
    now: () => current,
    advance(ms) {
      assertAdvance(ms);
      current += ms;
      return current;
    },
  };
}

function assertAdvance(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`Clock can only move forward; got ${ms}`);
}
