// Pure arithmetic over what the WhatsApp sandbox received in the sends phase (bench/sends.ts).

/** The most events in any window [t, t + windowMs): the busiest window always starts at an event. */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let busiest = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++;
    busiest = Math.max(busiest, end - start + 1);
  }
  return busiest;
}

export function groupTimes<T>(items: readonly T[], key: (item: T) => string, time: (item: T) => number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const item of items) {
    const k = key(item);
    const times = groups.get(k) ?? [];
    times.push(time(item));
    groups.set(k, times);
  }
  return groups;
}

/** Each group's busiest window, and the group that had it. */
export function busiestGroup(groups: Map<string, number[]>, windowMs: number): { key: string | null; count: number } {
  let worst: { key: string | null; count: number } = { key: null, count: 0 };
  for (const [key, times] of groups) {
    const count = busiestWindow(times, windowMs);
    if (count > worst.count) worst = { key, count };
  }
  return worst;
}

/** The time between each two consecutive events of a group, over every group. */
export function consecutiveGaps(groups: Map<string, number[]>): number[] {
  return [...groups.values()].flatMap((times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return sorted.slice(1).map((time, i) => time - (sorted[i] ?? time));
  });
}

/** Copies beyond the first of every id seen more than once. */
export function extraCopies(ids: readonly string[]): number {
  return ids.length - new Set(ids).size;
}

/** Sends beyond what was queued, per key (e.g. channel + lead): each one a message sent twice, or one never queued. */
export function sentBeyondQueued(queued: Map<string, number>, sent: Map<string, number>): number {
  let beyond = 0;
  for (const [key, count] of sent) beyond += Math.max(0, count - (queued.get(key) ?? 0));
  return beyond;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Sends beyond a token bucket of `burst` tokens refilled one per `intervalMs` (Meta's pair limit as
 * the product applies it: a short burst, then one message per interval), over each group's sorted
 * times. `toleranceMs` forgives arrival jitter: a send that came that much early still counts as on time.
 */
export function bucketExcess(times: readonly number[], intervalMs: number, burst: number, toleranceMs = 0): number {
  const sorted = [...times].sort((a, b) => a - b);
  let tokens = burst;
  let last = sorted[0] ?? 0;
  let excess = 0;
  for (const time of sorted) {
    tokens = Math.min(burst, tokens + (time - last) / intervalMs);
    last = time;
    if (tokens < 1 - toleranceMs / intervalMs) excess++;
    else tokens -= 1;
  }
  return excess;
}
