const unitMs: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const durationPattern = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const partPattern = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;

/** Parses Inngest's duration strings ("1h30m", "2w", "500ms"); the SDK sends "" for a zero sleep. */
export function parseDuration(input: string): number {
  const text = input.trim();
  if (text === "") return 0;
  if (!durationPattern.test(text)) throw new Error(`Invalid duration "${input}"`);
  let total = 0;
  for (const [, amount, unit] of text.matchAll(partPattern)) {
    total += Number(amount) * (unitMs[unit ?? ""] ?? 0);
  }
  return Math.round(total);
}

export function isDuration(input: string): boolean {
  return input.trim() === "" || durationPattern.test(input.trim());
}

/** A Sleep op carries either a duration or an ISO date in its `name`. */
export function resolveSleepUntil(name: string, now: number): number {
  if (isDuration(name)) return now + parseDuration(name);
  const at = Date.parse(name);
  if (Number.isNaN(at)) throw new Error(`Invalid sleep target "${name}": not a duration nor a date`);
  return at;
}

/** `Retry-After` is whole seconds or a date; returns the absolute time, or undefined when absent/invalid. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return now + Number(value) * 1_000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}
