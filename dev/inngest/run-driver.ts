import { callFunction } from "./app-client";
import { parseRetryAfter } from "./duration";
import { type Op, applyOps } from "./ops";
import { completeRun, failRun, retryOrFail, toSerializedError } from "./run-outcome";
import type { Tx } from "./store/db";
import { getFunction } from "./store/functions";
import { type Job, enqueueDiscovery, takeWait } from "./store/jobs";
import { type Run, finishRun, loadSteps, logHistory, memoiseStep, updateRunProtocol } from "./store/runs";

export type DriverDeps = {
  now: () => number;
  backoffMs: (attempt: number) => number;
  signal: AbortSignal;
  requestTimeoutMs: number;
};

/** Runs one claimed job inside the transaction that holds the run's lock. */
export async function executeJob(tx: Tx, job: Job, run: Run, deps: DriverDeps): Promise<void> {
  if (run.status !== "RUNNING") return;
  const now = deps.now();
  switch (job.kind) {
    case "cancel":
      await finishRun(tx, run.id, "CANCELLED", {}, now);
      return;
    case "sleep":
      await memoiseStep(tx, run.id, job.stepId!, job.name, null, now);
      await logHistory(tx, run.id, now, "step.woke", job.stepId, { name: job.name });
      await enqueueDiscovery(tx, run.id, now, { dedupe: true });
      return;
    case "wait_timeout":
      if (!(await takeWait(tx, run.id, job.stepId!))) return;
      await memoiseStep(tx, run.id, job.stepId!, job.name, null, now);
      await logHistory(tx, run.id, now, "step.wait_timed_out", job.stepId, { name: job.name });
      await enqueueDiscovery(tx, run.id, now, { dedupe: true });
      return;
    case "call":
      await callApp(tx, job, run, deps);
      return;
  }
}

async function callApp(tx: Tx, job: Job, run: Run, deps: DriverDeps): Promise<void> {
  const fn = await getFunction(tx, run.fnId);
  if (!fn) {
    await failRun(tx, run, { name: "Error", message: `function "${run.fnId}" is no longer registered` }, deps.now());
    return;
  }
  const steps = await loadSteps(tx, run.id);
  // ctx.fn_id is left out on purpose: with it the SDK would try to checkpoint to an API we lack.
  const body = {
    event: run.event,
    events: run.events ?? [run.event],
    steps: Object.fromEntries(steps.map((step) => [step.stepId, step.result])),
    ctx: {
      run_id: run.id,
      attempt: job.attempt,
      max_attempts: run.maxAttempts,
      disable_immediate_execution: run.disableImmediate,
      use_api: false,
      stack: { stack: steps.map((step) => step.stepId), current: steps.length },
    },
    version: run.reqVersion,
  };
  const before = { reqVersion: run.reqVersion, disableImmediate: run.disableImmediate };
  const response = await callFunction({
    url: fn.url,
    fnId: fn.id,
    stepId: job.stepId ?? "step",
    body,
    reqVersion: run.reqVersion,
    signal: deps.signal,
    timeoutMs: deps.requestTimeoutMs,
  });
  const now = deps.now();
  if (!response.ok) {
    const error = { name: "Error", message: `could not reach the app at ${fn.url}: ${response.networkError}` };
    await retryOrFail(tx, run, job, error, now + deps.backoffMs(job.attempt + 1), now);
    return;
  }
  const version = Number(response.headers.get("x-inngest-req-version"));
  if (run.reqVersion < 1 && version > 0) run.reqVersion = version;
  const retryAt = parseRetryAfter(response.headers.get("retry-after"), now);

  if (response.status === 200) {
    await completeRun(tx, run, response.body, now);
  } else if (response.status === 206) {
    const ops: unknown[] = Array.isArray(response.body) ? response.body : [response.body];
    if (ops.length > 0 && ops.every(isOp)) await applyOps({ tx, run, job, now, retryAt, backoffMs: deps.backoffMs }, ops);
    else await retryOrFail(tx, run, job, toSerializedError(response.body, "unreadable ops in a 206 answer"), now + deps.backoffMs(job.attempt + 1), now);
  } else if (response.status === 401) {
    const message = "the app refused an unsigned call: it is in cloud mode; set INNGEST_DEV=1 in the app";
    await failRun(tx, run, { name: "Error", message }, now);
  } else {
    const error = toSerializedError(response.body, `the app answered ${response.status}`);
    if (response.headers.get("x-inngest-no-retry") === "true") await failRun(tx, run, error, now);
    else await retryOrFail(tx, run, job, error, retryAt ?? now + deps.backoffMs(job.attempt + 1), now);
  }
  if (run.reqVersion !== before.reqVersion || run.disableImmediate !== before.disableImmediate) {
    await updateRunProtocol(tx, run.id, run.reqVersion, run.disableImmediate);
  }
}

function isOp(value: unknown): value is Op {
  return typeof value === "object" && value !== null && "op" in value && typeof value.op === "string" && "id" in value && typeof value.id === "string";
}
