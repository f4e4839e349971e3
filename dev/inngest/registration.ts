import { nextCronFire, parseCron } from "./cron";
import { parseDuration } from "./duration";
import { parseExpression } from "./expression";

export type EventTrigger = { event: string; expression?: string };
export type CronTrigger = { cron: string };
export type Trigger = EventTrigger | CronTrigger;
export type CancelRule = { event: string; if?: string; timeoutMs?: number };
/** Inngest's `batchEvents`: one run per `maxSize` events (of one `key` value), or `timeoutMs` after a batch's first event. */
export type BatchRule = { maxSize: number; timeoutMs: number; key?: string };
/** Inngest's `concurrency` (scope "fn"): at most `limit` calls of the function at once per `key` value. */
export type ConcurrencyRule = { limit: number; key?: string };

export type FunctionDef = {
  id: string;
  appId: string;
  name: string;
  url: string;
  triggers: Trigger[];
  cancel: CancelRule[];
  /** Retries after the first attempt, as the SDK registers them (`retries.attempts`). */
  retries: number;
  batch?: BatchRule;
  concurrency?: ConcurrencyRule[];
};

export type AppRegistration = { appId: string; url: string; functions: FunctionDef[] };

export class RegistrationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Sync refused by the local Inngest executor:\n- ${problems.join("\n- ")}`);
    this.name = "RegistrationError";
  }
}

const defaultRetries = 3;
const supportedKeys = new Set(["id", "name", "triggers", "steps", "cancel", "batchEvents", "concurrency"]);
// Inngest takes at most two concurrency limits per function.
const MAX_CONCURRENCY_RULES = 2;
// The bounds Inngest itself enforces on batchEvents (a smaller batch is no batch; Inngest Cloud
// refuses a timeout under 1 s at sync, and no plan batches more than 100 events or waits over 60 s).
const batchSizeRange = [2, 100] as const;
const batchTimeoutRangeMs = [1_000, 60_000] as const;

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);
const present = (value: unknown) => value !== undefined && value !== null;

/** Accepts both the in-band sync answer (`app_id`) and the out-of-band `/fn/register` body (`appName`). */
export function parseRegistration(body: unknown): AppRegistration {
  if (!isRecord(body)) throw new RegistrationError(["registration body is not a JSON object"]);
  const appId = typeof body.app_id === "string" ? body.app_id : body.appName;
  if (typeof appId !== "string" || !appId) throw new RegistrationError(["registration has no app id"]);
  if (typeof body.url !== "string") throw new RegistrationError([`app "${appId}": registration has no url`]);
  if (!Array.isArray(body.functions)) throw new RegistrationError([`app "${appId}": registration has no functions list`]);

  const problems: string[] = [];
  const functions: FunctionDef[] = [];
  for (const raw of body.functions) {
    const fnProblems: string[] = [];
    const fn = parseFunction(raw, appId, fnProblems);
    const label = isRecord(raw) && typeof raw.id === "string" ? raw.id : "(no id)";
    problems.push(...fnProblems.map((problem) => `function "${label}": ${problem}`));
    if (fn && fnProblems.length === 0) functions.push(fn);
  }
  if (problems.length > 0) throw new RegistrationError(problems);
  return { appId, url: body.url, functions };
}

function parseFunction(raw: unknown, appId: string, problems: string[]): FunctionDef | undefined {
  if (!isRecord(raw) || typeof raw.id !== "string") {
    problems.push("not an object with a string id");
    return undefined;
  }
  const unsupported = Object.keys(raw).filter((key) => !supportedKeys.has(key) && present(raw[key])).sort();
  if (unsupported.length > 0) {
    problems.push(`unsupported option${unsupported.length > 1 ? "s" : ""} ${unsupported.join(", ")} (the local executor does not implement ${unsupported.length > 1 ? "them" : "it"}; see dev/inngest/README.md)`);
  }
  const step = isRecord(raw.steps) ? raw.steps.step : undefined;
  const runtime = isRecord(step) ? step.runtime : undefined;
  if (!isRecord(runtime) || runtime.type !== "http" || typeof runtime.url !== "string") {
    problems.push("needs one HTTP step runtime (connect/websocket apps are not supported)");
    return undefined;
  }
  const attempts = isRecord(step) && isRecord(step.retries) ? step.retries.attempts : undefined;
  const batch = parseBatch(raw.batchEvents, problems);
  const concurrency = parseConcurrency(raw.concurrency, problems);
  return {
    id: raw.id,
    appId,
    name: typeof raw.name === "string" ? raw.name : raw.id,
    url: runtime.url,
    triggers: parseTriggers(raw.triggers, problems),
    cancel: parseCancel(raw.cancel, problems),
    retries: typeof attempts === "number" ? attempts : defaultRetries,
    ...(batch ? { batch } : {}),
    ...(concurrency.length > 0 ? { concurrency } : {}),
  };
}

/** A number, one `{limit, key?, scope?}` or a list of up to two, as the SDK passes them through. */
function parseConcurrency(raw: unknown, problems: string[]): ConcurrencyRule[] {
  if (!present(raw)) return [];
  const entries = Array.isArray(raw) ? raw : [raw];
  if (entries.length > MAX_CONCURRENCY_RULES) problems.push(`concurrency takes at most ${MAX_CONCURRENCY_RULES} limits, got ${entries.length}`);
  const rules: ConcurrencyRule[] = [];
  for (const entry of entries) {
    const rule = typeof entry === "number" ? { limit: entry } : isRecord(entry) ? entry : undefined;
    if (!rule) {
      problems.push(`concurrency must be a number or an object with a limit, got ${JSON.stringify(entry)}`);
      continue;
    }
    const { limit, key, scope } = rule as Raw;
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1) problems.push(`concurrency.limit must be a whole number from 1, got ${JSON.stringify(limit)}`);
    if (present(scope) && scope !== "fn") problems.push(`unsupported option concurrency.scope "${String(scope)}" (only "fn"; see dev/inngest/README.md)`);
    if (present(key) && typeof key !== "string") problems.push("concurrency.key is not a string");
    if (typeof key === "string" && key) attemptCheck(problems, () => parseExpression(key));
    if (typeof limit === "number") rules.push({ limit, ...(typeof key === "string" && key ? { key } : {}) });
  }
  return rules;
}

function parseBatch(raw: unknown, problems: string[]): BatchRule | undefined {
  if (!present(raw)) return undefined;
  if (!isRecord(raw)) {
    problems.push("batchEvents is not an object");
    return undefined;
  }
  if (present(raw.if)) problems.push("unsupported option batchEvents.if (the local executor does not implement it; see dev/inngest/README.md)");
  const { maxSize, timeout, key } = raw;
  const [minSize, maxSizeAllowed] = batchSizeRange;
  if (typeof maxSize !== "number" || !Number.isInteger(maxSize) || maxSize < minSize || maxSize > maxSizeAllowed) {
    problems.push(`batchEvents.maxSize must be a whole number from ${minSize} to ${maxSizeAllowed}, got ${JSON.stringify(maxSize)}`);
  }
  let timeoutMs = 0;
  attemptCheck(problems, () => {
    if (typeof timeout !== "string") throw new Error(`batchEvents.timeout must be a duration, got ${JSON.stringify(timeout)}`);
    timeoutMs = parseDuration(timeout);
    const [shortest, longest] = batchTimeoutRangeMs;
    if (timeoutMs < shortest || timeoutMs > longest) throw new Error(`batchEvents.timeout must be from 1s to 60s, got "${timeout}"`);
  });
  if (present(key) && typeof key !== "string") problems.push("batchEvents.key is not a string");
  if (typeof key === "string" && key) attemptCheck(problems, () => parseExpression(key));
  return typeof maxSize === "number" ? { maxSize, timeoutMs, ...(typeof key === "string" && key ? { key } : {}) } : undefined;
}

function parseTriggers(raw: unknown, problems: string[]): Trigger[] {
  if (!Array.isArray(raw)) {
    problems.push("triggers is not a list");
    return [];
  }
  const triggers: Trigger[] = [];
  for (const trigger of raw) {
    if (isRecord(trigger) && present(trigger.jitter)) problems.push("unsupported option cron jitter");
    if (isRecord(trigger) && typeof trigger.cron === "string") {
      attemptCheck(problems, () => nextCronFire(parseCron(trigger.cron as string), 0));
      triggers.push({ cron: trigger.cron });
    } else if (isRecord(trigger) && typeof trigger.event === "string") {
      const expression = typeof trigger.expression === "string" && trigger.expression ? trigger.expression : undefined;
      if (expression) attemptCheck(problems, () => parseExpression(expression));
      triggers.push(expression ? { event: trigger.event, expression } : { event: trigger.event });
    } else {
      problems.push(`unreadable trigger ${JSON.stringify(trigger)}`);
    }
  }
  return triggers;
}

function parseCancel(raw: unknown, problems: string[]): CancelRule[] {
  if (!present(raw)) return [];
  if (!Array.isArray(raw)) {
    problems.push("cancel is not a list");
    return [];
  }
  return raw.flatMap((rule): CancelRule[] => {
    if (!isRecord(rule) || typeof rule.event !== "string") {
      problems.push(`unreadable cancel rule ${JSON.stringify(rule)}`);
      return [];
    }
    const parsed: CancelRule = { event: rule.event };
    if (typeof rule.if === "string" && rule.if) {
      parsed.if = rule.if;
      attemptCheck(problems, () => parseExpression(rule.if as string));
    }
    if (typeof rule.timeout === "string" && rule.timeout) {
      attemptCheck(problems, () => (parsed.timeoutMs = parseDuration(rule.timeout as string)));
    }
    return [parsed];
  });
}

function attemptCheck(problems: string[], check: () => unknown): void {
  try {
    check();
  } catch (error) {
    problems.push((error as Error).message);
  }
}

export function eventTriggers(fn: FunctionDef): EventTrigger[] {
  return fn.triggers.filter((t): t is EventTrigger => "event" in t);
}

export function cronTriggers(fn: FunctionDef): CronTrigger[] {
  return fn.triggers.filter((t): t is CronTrigger => "cron" in t);
}

/** Inngest allows a trailing wildcard in trigger names, e.g. "app/user.*". */
export function eventNameMatches(pattern: string, name: string): boolean {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
