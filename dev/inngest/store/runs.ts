import { randomUUID } from "node:crypto";
import type { FunctionDef } from "../registration";
import { type Queryable, type Tx, json, schemaName as s } from "./db";
import type { InngestEvent } from "./events";

export type RunStatus = "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";

export type Run = {
  id: string;
  fnId: string;
  eventId: string;
  event: InngestEvent;
  /** A batched run's events, oldest first (`event` is the first of them); null for a run of one event. */
  events: InngestEvent[] | null;
  status: RunStatus;
  output: unknown;
  error: unknown;
  maxAttempts: number;
  reqVersion: number;
  disableImmediate: boolean;
  startedAt: number;
  endedAt: number | null;
};

export type RunRow = {
  id: string;
  fn_id: string;
  event_id: string;
  event: InngestEvent;
  events: InngestEvent[] | null;
  status: RunStatus;
  output: unknown;
  error: unknown;
  max_attempts: number;
  req_version: number;
  disable_immediate: boolean;
  started_at: string;
  ended_at: string | null;
};

export function toRun(row: RunRow): Run {
  return {
    id: row.id,
    fnId: row.fn_id,
    eventId: row.event_id,
    event: row.event,
    events: row.events ?? null,
    status: row.status,
    output: row.output,
    error: row.error,
    maxAttempts: row.max_attempts,
    reqVersion: row.req_version,
    disableImmediate: row.disable_immediate,
    startedAt: Number(row.started_at),
    endedAt: row.ended_at === null ? null : Number(row.ended_at),
  };
}

/** The caller schedules the run's first call. A batched run passes its events; `event` is the first. */
export async function createRun(tx: Tx, fn: FunctionDef, event: InngestEvent, eventId: string, now: number, events?: InngestEvent[]): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO ${s}.runs (id, fn_id, event_id, event, events, status, max_attempts, started_at)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, 'RUNNING', $6, $7)`,
    [id, fn.id, eventId, json(event), events ? json(events) : null, fn.retries + 1, now],
  );
  await logHistory(tx, id, now, "run.started", null, events ? { event: event.name, batch: events.length } : { event: event.name });
  return id;
}

export async function updateRunProtocol(tx: Tx, id: string, reqVersion: number, disableImmediate: boolean): Promise<void> {
  await tx.query(`UPDATE ${s}.runs SET req_version = $2, disable_immediate = $3 WHERE id = $1`, [id, reqVersion, disableImmediate]);
}

/** Ends a run and drops everything still scheduled for it. */
export async function finishRun(
  tx: Tx,
  id: string,
  status: Exclude<RunStatus, "RUNNING">,
  result: { output?: unknown; error?: unknown },
  now: number,
): Promise<void> {
  await tx.query(
    `UPDATE ${s}.runs SET status = $2, output = $3::jsonb, error = $4::jsonb, ended_at = $5 WHERE id = $1`,
    [id, status, result.output === undefined ? null : json(result.output), result.error === undefined ? null : json(result.error), now],
  );
  await tx.query(`DELETE FROM ${s}.jobs WHERE run_id = $1`, [id]);
  await tx.query(`DELETE FROM ${s}.waits WHERE run_id = $1`, [id]);
  await logHistory(tx, id, now, `run.${status.toLowerCase()}`, null, result.error === undefined ? null : { error: result.error });
}

export type MemoisedStep = { stepId: string; name: string | null; result: unknown; at: number };

export async function loadSteps(db: Queryable, runId: string): Promise<MemoisedStep[]> {
  const { rows } = await db.query<{ step_id: string; name: string | null; result: unknown; at: string }>(
    `SELECT step_id, name, result, at FROM ${s}.steps WHERE run_id = $1 ORDER BY seq`,
    [runId],
  );
  return rows.map((row) => ({ stepId: row.step_id, name: row.name, result: row.result, at: Number(row.at) }));
}

/** Returns false when the step already had a result: the first result wins. */
export async function memoiseStep(tx: Queryable, runId: string, stepId: string, name: string | null, result: unknown, now: number): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO ${s}.steps (run_id, step_id, name, result, at) VALUES ($1, $2, $3, $4::jsonb, $5)
     ON CONFLICT (run_id, step_id) DO NOTHING`,
    [runId, stepId, name, json(result), now],
  );
  return rowCount === 1;
}

/** A step is known once it has a result, a scheduled job (call, sleep, retry) or a pending wait. */
export async function isStepKnown(tx: Tx, runId: string, stepId: string): Promise<boolean> {
  const { rows } = await tx.query(
    `SELECT 1 FROM ${s}.steps WHERE run_id = $1 AND step_id = $2
     UNION ALL SELECT 1 FROM ${s}.jobs WHERE run_id = $1 AND step_id = $2
     UNION ALL SELECT 1 FROM ${s}.waits WHERE run_id = $1 AND step_id = $2 LIMIT 1`,
    [runId, stepId],
  );
  return rows.length > 0;
}

export async function logHistory(tx: Queryable, runId: string, now: number, kind: string, stepId: string | null, detail: unknown): Promise<void> {
  await tx.query(`INSERT INTO ${s}.history (run_id, at, kind, step_id, detail) VALUES ($1, $2, $3, $4, $5::jsonb)`, [
    runId,
    now,
    kind,
    stepId,
    json(detail),
  ]);
}

export async function runningRunsOf(tx: Tx, fnId: string, startedBy: number): Promise<Run[]> {
  const { rows } = await tx.query<RunRow>(
    `SELECT * FROM ${s}.runs WHERE fn_id = $1 AND status = 'RUNNING' AND started_at <= $2 ORDER BY started_at`,
    [fnId, startedBy],
  );
  return rows.map(toRun);
}
