import { takeConcurrencySlots } from "../concurrency";
import type { ConcurrencyRule } from "../registration";
import { type Queryable, type Tx, schemaName as s } from "./db";
import { type Run, type RunRow, toRun } from "./runs";

/**
 * `call` asks the app to run the function (`stepId` null = discovery, else that step);
 * `sleep` and `wait_timeout` resolve a step to null when due; `cancel` ends the run.
 */
export type JobKind = "call" | "sleep" | "wait_timeout" | "cancel";

export type Job = {
  id: number;
  runId: string;
  kind: JobKind;
  stepId: string | null;
  name: string | null;
  attempt: number;
  dueAt: number;
};

type JobRow = { id: string; run_id: string; kind: JobKind; step_id: string | null; name: string | null; attempt: number; due_at: string };

const toJob = (row: JobRow): Job => ({
  id: Number(row.id),
  runId: row.run_id,
  kind: row.kind,
  stepId: row.step_id,
  name: row.name,
  attempt: row.attempt,
  dueAt: Number(row.due_at),
});

export type NewJob = { runId: string; kind: JobKind; stepId?: string | null; name?: string | null; attempt?: number; dueAt: number };

export async function enqueueJob(db: Queryable, job: NewJob): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.jobs (run_id, kind, step_id, name, attempt, due_at, priority) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [job.runId, job.kind, job.stepId ?? null, job.name ?? null, job.attempt ?? 0, job.dueAt, job.kind === "cancel" ? 0 : 1],
  );
}

/**
 * With `dedupe`, skips the insert when a discovery is already queued; only safe under the run's
 * lock. Outside it (an event resolving a wait) a duplicate discovery is harmless: ops for steps
 * that are already known are ignored.
 */
export async function enqueueDiscovery(db: Queryable, runId: string, now: number, { dedupe }: { dedupe: boolean }): Promise<void> {
  if (dedupe) {
    const { rows } = await db.query(
      `SELECT 1 FROM ${s}.jobs WHERE run_id = $1 AND kind = 'call' AND step_id IS NULL AND attempt = 0 LIMIT 1`,
      [runId],
    );
    if (rows.length > 0) return;
  }
  await enqueueJob(db, { runId, kind: "call", dueAt: now });
}

// A worker passes over at most this many calls whose function is at its concurrency limit per tick.
const MAX_BLOCKED_SKIPPED = 50;

/**
 * Claims the most urgent due job together with its run's row: the row lock keeps one job per run
 * in flight, and it is held for the whole call so that a crashed executor releases it at once. A
 * call of a function at its concurrency limit (for its key) is passed over, its locks given back.
 */
export async function claimDueJob(tx: Tx, now: number): Promise<{ job: Job; run: Run } | undefined> {
  const passedOver: string[] = [];
  await tx.query("SAVEPOINT claim_job");
  while (passedOver.length <= MAX_BLOCKED_SKIPPED) {
    const { rows } = await tx.query<JobRow & { run: RunRow; concurrency: ConcurrencyRule[] | null }>(
      `SELECT j.id, j.run_id, j.kind, j.step_id, j.name, j.attempt, j.due_at, row_to_json(r.*) AS run, f.definition->'concurrency' AS concurrency
       FROM ${s}.jobs j JOIN ${s}.runs r ON r.id = j.run_id LEFT JOIN ${s}.functions f ON f.id = r.fn_id
       WHERE j.due_at <= $1 AND NOT (j.id = ANY($2::bigint[]))
       ORDER BY j.priority, j.due_at, j.id
       LIMIT 1
       FOR UPDATE OF j, r SKIP LOCKED`,
      [now, passedOver],
    );
    const row = rows[0];
    if (!row) break;
    const run = toRun(row.run);
    if (row.kind === "call" && row.concurrency && !(await takeConcurrencySlots(tx, run.fnId, row.concurrency, run.event))) {
      await tx.query("ROLLBACK TO SAVEPOINT claim_job");
      passedOver.push(row.id);
      continue;
    }
    await tx.query("RELEASE SAVEPOINT claim_job");
    await tx.query(`DELETE FROM ${s}.jobs WHERE id = $1`, [row.id]);
    return { job: toJob(row), run };
  }
  await tx.query("RELEASE SAVEPOINT claim_job");
  return undefined;
}

export type Wait = { runId: string; stepId: string; name: string | null; eventName: string; expression: string | null; deadline: number };

export async function insertWait(tx: Tx, wait: Wait, now: number): Promise<void> {
  await tx.query(
    `INSERT INTO ${s}.waits (run_id, step_id, name, event_name, expression, deadline, created_at, after_event_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(seq), 0) FROM ${s}.events))`,
    [wait.runId, wait.stepId, wait.name, wait.eventName, wait.expression, wait.deadline, now],
  );
  await enqueueJob(tx, { runId: wait.runId, kind: "wait_timeout", stepId: wait.stepId, name: wait.name, dueAt: wait.deadline });
}

/** Deleting the wait row decides the race between a matching event and the timeout. */
export async function takeWait(tx: Tx, runId: string, stepId: string): Promise<boolean> {
  const { rowCount } = await tx.query(`DELETE FROM ${s}.waits WHERE run_id = $1 AND step_id = $2`, [runId, stepId]);
  return rowCount === 1;
}

/** Which of these event names some run is waiting for (most events resolve no wait: skip their look-up). */
export async function eventNamesWaitedFor(tx: Tx, names: string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ event_name: string }>(`SELECT DISTINCT event_name FROM ${s}.waits WHERE event_name = ANY($1::text[])`, [names]);
  return new Set(rows.map((row) => row.event_name));
}

export async function waitsForEvent(tx: Tx, eventName: string, eventSeq: number): Promise<(Wait & { runEvent: unknown })[]> {
  const { rows } = await tx.query<{ run_id: string; step_id: string; name: string | null; event_name: string; expression: string | null; deadline: string; run_event: unknown }>(
    `SELECT w.*, r.event AS run_event FROM ${s}.waits w JOIN ${s}.runs r ON r.id = w.run_id
     WHERE w.event_name = $1 AND w.after_event_seq < $2 AND r.status = 'RUNNING' ORDER BY w.created_at`,
    [eventName, eventSeq],
  );
  return rows.map((row) => ({
    runId: row.run_id,
    stepId: row.step_id,
    name: row.name,
    eventName: row.event_name,
    expression: row.expression,
    deadline: Number(row.deadline),
    runEvent: row.run_event,
  }));
}

/** An in-flight timeout job is skipped: it will find its wait gone and do nothing. */
export async function dropWaitTimeout(tx: Tx, runId: string, stepId: string): Promise<void> {
  await tx.query(
    `DELETE FROM ${s}.jobs WHERE id IN (
       SELECT id FROM ${s}.jobs WHERE run_id = $1 AND step_id = $2 AND kind = 'wait_timeout' FOR UPDATE SKIP LOCKED)`,
    [runId, stepId],
  );
}

export async function hasPendingWork(tx: Tx, runId: string): Promise<boolean> {
  const { rows } = await tx.query(
    `SELECT 1 FROM ${s}.jobs WHERE run_id = $1 UNION ALL SELECT 1 FROM ${s}.waits WHERE run_id = $1 LIMIT 1`,
    [runId],
  );
  return rows.length > 0;
}
