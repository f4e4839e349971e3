import { isDuration, parseDuration, resolveSleepUntil } from "./duration";
import { parseExpression } from "./expression";
import { type SerializedError, completeRun, failRun } from "./run-outcome";
import type { Tx } from "./store/db";
import { type Job, enqueueDiscovery, enqueueJob, hasPendingWork, insertWait } from "./store/jobs";
import { type Run, isStepKnown, logHistory, memoiseStep } from "./store/runs";

export type Op = {
  op: string;
  id: string;
  name?: string;
  displayName?: string;
  data?: unknown;
  error?: unknown;
  opts?: Record<string, unknown>;
};

export type OpContext = {
  tx: Tx;
  run: Run;
  job: Job;
  now: number;
  /** When the SDK asked (Retry-After) for a step retry, else undefined. */
  retryAt: number | undefined;
  backoffMs: (attempt: number) => number;
};

const unsupportedOps: Record<string, string> = {
  InvokeFunction: "step.invoke",
  WaitForSignal: "step.waitForSignal",
  AIGateway: "step.ai.infer",
  Gateway: "step.fetch",
  DeferAdd: "defer",
  DeferAbort: "defer",
};

/** Applies the ops of a 206 answer; returns when the run ended or everything is scheduled. */
export async function applyOps(ctx: OpContext, ops: Op[]): Promise<void> {
  const { tx, run, job, now } = ctx;
  // The SDK reports several ops only for parallel steps; from then on it must not run a step
  // during discovery, or two parallel branches could each run it.
  if (ops.length > 1) run.disableImmediate = true;
  let discover = false;
  for (const op of ops) {
    const name = op.displayName ?? op.name ?? null;
    switch (op.op) {
      case "StepRun":
        if (await memoiseStep(tx, run.id, op.id, name, { data: op.data ?? null }, now)) {
          await logHistory(tx, run.id, now, "step.completed", op.id, { name, attempt: job.attempt });
        }
        discover = true;
        break;
      case "StepError": {
        const attempt = job.attempt + 1;
        if (attempt >= run.maxAttempts) {
          await memoiseStep(tx, run.id, op.id, name, { error: op.error ?? null }, now);
          discover = true;
        } else {
          const dueAt = ctx.retryAt ?? now + ctx.backoffMs(attempt);
          await enqueueJob(tx, { runId: run.id, kind: "call", stepId: op.id, name, attempt, dueAt });
        }
        await logHistory(tx, run.id, now, "step.errored", op.id, { name, attempt: job.attempt, error: op.error });
        break;
      }
      case "StepFailed":
        await memoiseStep(tx, run.id, op.id, name, { error: op.error ?? null }, now);
        await logHistory(tx, run.id, now, "step.failed", op.id, { name, attempt: job.attempt, error: op.error });
        discover = true;
        break;
      case "StepPlanned":
        if (await isStepKnown(tx, run.id, op.id)) break;
        await enqueueJob(tx, { runId: run.id, kind: "call", stepId: op.id, name, dueAt: now });
        await logHistory(tx, run.id, now, "step.planned", op.id, { name, type: op.opts?.type });
        break;
      case "Sleep": {
        if (await isStepKnown(tx, run.id, op.id)) break;
        let until: number;
        try {
          until = resolveSleepUntil(op.name ?? "", now);
        } catch (error) {
          await failRun(tx, run, refusal((error as Error).message), now);
          return;
        }
        await enqueueJob(tx, { runId: run.id, kind: "sleep", stepId: op.id, name, dueAt: until });
        await logHistory(tx, run.id, now, "step.sleeping", op.id, { name, until: new Date(until).toISOString() });
        break;
      }
      case "WaitForEvent":
        if (await isStepKnown(tx, run.id, op.id)) break;
        if (!(await startWait(ctx, op, name))) return;
        break;
      case "RunComplete":
        await completeRun(tx, run, op.data, now);
        return;
      case "DiscoveryRequest":
        discover = true;
        break;
      default:
        await failRun(tx, run, refusal(`${unsupportedOps[op.op] ?? `the "${op.op}" op`} is not supported by the local Inngest executor (dev/inngest)`), now);
        return;
    }
  }
  if (discover) await enqueueDiscovery(tx, run.id, now, { dedupe: true });
  else if (!(await hasPendingWork(tx, run.id))) {
    // Every op named a step that already has a result: re-calling would loop, so say so instead.
    const ids = ops.map((op) => op.displayName ?? op.id).join(", ");
    await failRun(tx, run, refusal(`run stalled: the SDK reported only steps that already have results (${ids})`), now);
  }
}

async function startWait(ctx: OpContext, op: Op, name: string | null): Promise<boolean> {
  const { tx, run, now } = ctx;
  const timeout = op.opts?.timeout;
  const expression = typeof op.opts?.if === "string" && op.opts.if ? op.opts.if : null;
  try {
    if (typeof timeout !== "string" || !isDuration(timeout)) throw new Error(`waitForEvent needs a timeout duration, got ${JSON.stringify(timeout)}`);
    if (expression) parseExpression(expression);
    const deadline = now + parseDuration(timeout);
    await insertWait(tx, { runId: run.id, stepId: op.id, name, eventName: op.name ?? "", expression, deadline }, now);
    await logHistory(tx, run.id, now, "step.waiting", op.id, { name, event: op.name, if: expression, until: new Date(deadline).toISOString() });
    return true;
  } catch (error) {
    await failRun(tx, run, refusal((error as Error).message), now);
    return false;
  }
}

function refusal(message: string): SerializedError {
  return { name: "NonRetriableError", message };
}
