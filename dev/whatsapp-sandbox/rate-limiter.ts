const WINDOW_MS = 1000;

/** Sliding one-second window per key (a business phone number), like Meta's throughput limit. */
export function createRateLimiter() {
  const windows = new Map<string, number[]>();

  return {
    tryTake(key: string, perSecond: number, now = Date.now()): boolean {
      const times = windows.get(key) ?? [];
      let expired = 0;
      while (expired < times.length && (times[expired] ?? 0) <= now - WINDOW_MS) expired += 1;
      if (expired) times.splice(0, expired);
      windows.set(key, times);
      if (times.length >= perSecond) return false;
      times.push(now);
      return true;
    },
    clear: () => windows.clear(),
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
