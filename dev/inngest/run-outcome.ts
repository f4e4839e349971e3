import type { Tx } from "./store/db";
import { insertEvent } from "./store/events";
import { type Job, enqueueJob } from "./store/jobs";
import { type Run, finishRun, logHistory } from "./store/runs";

export type SerializedError = { name: string; message: string; stack?: string; [key: string]: unknown };

export function toSerializedError(body: unknown, fallback: string): SerializedError {
  if (typeof body === "object" && body !== null && "message" in body && typeof body.message === "string") {
    const record = body as Record<string, unknown>;
    return { ...record, name: typeof record.name === "string" ? record.name : "Error", message: body.message };
  }
  const detail = typeof body === "string" && body ? `: ${body.slice(0, 500)}` : "";
  return { name: "Error", message: `${fallback}${detail}` };
}

export async function completeRun(tx: Tx, run: Run, output: unknown, now: number): Promise<void> {
  await finishRun(tx, run.id, "COMPLETED", { output: output ?? null }, now);
}

/** A failed run emits `inngest/function.failed`, which is what starts `onFailure` handlers. */
export async function failRun(tx: Tx, run: Run, error: SerializedError, now: number): Promise<void> {
  await finishRun(tx, run.id, "FAILED", { error }, now);
  await insertEvent(
    tx,
    { name: "inngest/function.failed", data: { function_id: run.fnId, run_id: run.id, error, event: run.event } },
    now,
  );
}

/** Retries the same request (discovery or step) with the next attempt, or fails the run when none is left. */
export async function retryOrFail(
  tx: Tx,
  run: Run,
  job: Job,
  error: SerializedError,
  retryAt: number,
  now: number,
): Promise<void> {
  const attempt = job.attempt + 1;
  if (attempt >= run.maxAttempts) {
    await failRun(tx, run, error, now);
    return;
  }
  await logHistory(tx, run.id, now, "request.retry", job.stepId, { attempt, dueAt: retryAt, error });
  await enqueueJob(tx, { runId: run.id, kind: "call", stepId: job.stepId, name: job.name, attempt, dueAt: retryAt });
}
