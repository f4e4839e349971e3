import { randomUUID } from "node:crypto";
import { nextCronFire, parseCron } from "./cron";
import { type Expr, keyValue, matches, parseExpression } from "./expression";
import { type FunctionDef, eventNameMatches, eventTriggers } from "./registration";
import { type DueBatch, addToBatch, takeBatch } from "./store/batches";
import type { Tx } from "./store/db";
import { type InngestEvent, type StoredEvent, markEventProcessed, storeEvent } from "./store/events";
import { type DueCron, getFunction, listFunctions, setCronNextFire } from "./store/functions";
import { dropWaitTimeout, enqueueDiscovery, enqueueJob, takeWait, waitsForEvent } from "./store/jobs";
import { createRun, logHistory, memoiseStep, runningRunsOf } from "./store/runs";

const parsed = new Map<string, Expr>();
function expression(source: string): Expr {
  let expr = parsed.get(source);
  if (!expr) {
    expr = parseExpression(source);
    parsed.set(source, expr);
  }
  return expr;
}

/**
 * One event, in order: cancel runs that listen for it, resolve waits that match it, then start
 * runs of the functions it triggers (so a run never cancels itself or waits on its own trigger);
 * a function with batchEvents gets the event into its open batch instead. Returns when the
 * earliest batch this event opened is due, for the caller to look again then.
 */
export async function processEvent(tx: Tx, stored: StoredEvent, now: number): Promise<{ batchDueAt?: number }> {
  let batchDueAt: number | undefined;
  const functions = await listFunctions(tx);
  await cancelRuns(tx, functions, stored, now);
  await resolveWaits(tx, stored, now);
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
    const held = await addToBatch(tx, fn.id, fn.batch, key, { eventId: stored.id, event: stored.payload }, now);
    if (held >= fn.batch.maxSize) await startBatchRun(tx, { fnId: fn.id, key }, now);
    else if (held === 1) batchDueAt = Math.min(batchDueAt ?? Infinity, now + fn.batch.timeoutMs);
  }
  await markEventProcessed(tx, stored.seq);
  return batchDueAt === undefined ? {} : { batchDueAt };
}

/** A full or timed-out batch becomes one run with every event it holds (`event` is the first). */
export async function startBatchRun(tx: Tx, batch: DueBatch, now: number): Promise<void> {
  const batched = await takeBatch(tx, batch);
  const fn = await getFunction(tx, batch.fnId);
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
