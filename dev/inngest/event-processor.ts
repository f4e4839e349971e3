import { randomUUID } from "node:crypto";
import { nextCronFire, parseCron } from "./cron";
import { cachedExpression, keyValue, matches } from "./expression";
import { type BatchRule, type FunctionDef, eventNameMatches, eventTriggers } from "./registration";
import { type BatchedEvent, type DueBatch, addToBatch, takeBatch } from "./store/batches";
import type { Tx } from "./store/db";
import { type InngestEvent, type StoredEvent, markEventsProcessed, storeEvent } from "./store/events";
import { type DueCron, getFunction, listFunctions, setCronNextFire } from "./store/functions";
import { dropWaitTimeout, enqueueDiscovery, enqueueJob, eventNamesWaitedFor, takeWait, waitsForEvent } from "./store/jobs";
import { createRun, logHistory, memoiseStep, runningRunsOf } from "./store/runs";

const expression = cachedExpression;

/**
 * Events in the order they arrived, each in turn: cancel runs that listen for it, resolve waits that
 * match it, then start runs of the functions it triggers (so a run never cancels itself or waits on
 * its own trigger). A function with batchEvents gets the event into its open batch instead; a batch
 * that fills starts its run at once. Returns when the earliest batch these events are in is due,
 * for the caller to look again then.
 */
export async function processEvents(tx: Tx, events: StoredEvent[], now: number): Promise<{ batchDueAt?: number }> {
  const functions = await listFunctions(tx);
  const waitedFor = await eventNamesWaitedFor(tx, [...new Set(events.map((e) => e.name))]);
  const batches = new Map<string, { fn: FunctionDef & { batch: BatchRule }; key: string; events: BatchedEvent[] }>();
  for (const stored of events) {
    await cancelRuns(tx, functions, stored, now);
    if (waitedFor.has(stored.name)) await resolveWaits(tx, stored, now);
    for (const fn of functions) {
      const triggered = eventTriggers(fn).some(
        (trigger) =>
          eventNameMatches(trigger.event, stored.name) &&
          (!trigger.expression || matches(expression(trigger.expression), { event: stored.payload })),
      );
      if (!triggered) continue;
      if (!fn.batch) {
        await startRun(tx, fn, stored.payload, stored.id, now);
        continue;
      }
      const key = fn.batch.key ? keyValue(expression(fn.batch.key), { event: stored.payload }) : "";
      const group = batches.get(`${fn.id}\n${key}`) ?? { fn: { ...fn, batch: fn.batch }, key, events: [] };
      group.events.push({ eventId: stored.id, event: stored.payload });
      batches.set(`${fn.id}\n${key}`, group);
    }
  }
  let batchDueAt: number | undefined;
  // In one order for every worker, so two never wait on each other's batches.
  for (const [, group] of [...batches].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { fn, key } = group;
    const added = await addToBatch(tx, fn.id, fn.batch, key, group.events, now);
    let held = added.held;
    for (; held >= fn.batch.maxSize; held -= fn.batch.maxSize) await startBatchRun(tx, { fnId: fn.id, key }, now);
    if (held > 0) batchDueAt = Math.min(batchDueAt ?? Infinity, held === group.events.length ? now + fn.batch.timeoutMs : added.dueAt);
  }
  await markEventsProcessed(tx, events.map((e) => e.seq));
  return batchDueAt === undefined ? {} : { batchDueAt };
}

/** A full or timed-out batch becomes one run with the events it holds, up to its size (`event` is the first). */
export async function startBatchRun(tx: Tx, batch: DueBatch, now: number): Promise<void> {
  const fn = await getFunction(tx, batch.fnId);
  const batched = await takeBatch(tx, batch, fn?.batch?.maxSize ?? Number.MAX_SAFE_INTEGER, fn?.batch?.timeoutMs ?? 0, now);
  const first = batched[0];
  // The function was removed while the batch filled: nothing to start.
  if (!fn || !first) return;
  const runId = await createRun(tx, fn, first.event, first.eventId, now, batched.map((b) => b.event));
  await enqueueDiscovery(tx, runId, now, { dedupe: false });
}

async function cancelRuns(tx: Tx, functions: FunctionDef[], stored: StoredEvent, now: number): Promise<void> {
  for (const fn of functions) {
    const rules = fn.cancel.filter((rule) => eventNameMatches(rule.event, stored.name));
    if (rules.length === 0) continue;
    for (const run of await runningRunsOf(tx, fn.id, stored.receivedAt)) {
      if (run.eventId === stored.id) continue;
      const cancelled = rules.some(
        (rule) =>
          (rule.timeoutMs === undefined || stored.receivedAt <= run.startedAt + rule.timeoutMs) &&
          (!rule.if || matches(expression(rule.if), { event: run.event, async: stored.payload })),
      );
      if (!cancelled) continue;
      await enqueueJob(tx, { runId: run.id, kind: "cancel", dueAt: 0 });
      await logHistory(tx, run.id, now, "run.cancel_requested", null, { event: stored.name, eventId: stored.id });
    }
  }
}

async function resolveWaits(tx: Tx, stored: StoredEvent, now: number): Promise<void> {
  for (const wait of await waitsForEvent(tx, stored.name, stored.seq)) {
    if (wait.expression && !matches(expression(wait.expression), { event: wait.runEvent, async: stored.payload })) continue;
    if (!(await takeWait(tx, wait.runId, wait.stepId))) continue;
    await memoiseStep(tx, wait.runId, wait.stepId, wait.name, stored.payload, now);
    await dropWaitTimeout(tx, wait.runId, wait.stepId);
    await logHistory(tx, wait.runId, now, "step.wait_matched", wait.stepId, { name: wait.name, eventId: stored.id });
    await enqueueDiscovery(tx, wait.runId, now, { dedupe: false });
  }
}

/** A cron fires once even if the clock jumped over several slots; missed slots are not replayed. */
export async function fireCron(tx: Tx, due: DueCron, now: number): Promise<void> {
  await setCronNextFire(tx, due, nextCronFire(parseCron(due.cron), Math.max(now, due.fireAt)));
  const fn = await getFunction(tx, due.fnId);
  if (!fn) return;
  const id = randomUUID();
  const event: InngestEvent = { name: "inngest/scheduled.timer", data: { cron: due.cron }, id, ts: due.fireAt };
  await storeEvent(tx, id, event, now, true);
  await startRun(tx, fn, event, id, now);
}

async function startRun(tx: Tx, fn: FunctionDef, event: InngestEvent, eventId: string, now: number): Promise<void> {
  const runId = await createRun(tx, fn, event, eventId, now);
  await enqueueDiscovery(tx, runId, now, { dedupe: false });
}
