import { type Queryable, schemaName as s } from "./db";
import { type MemoisedStep, type Run, type RunRow, type RunStatus, loadSteps, toRun } from "./runs";

export type RunFilter = { fn?: string; status?: string; limit?: number };

const statuses: RunStatus[] = ["RUNNING", "COMPLETED", "FAILED", "CANCELLED"];

/** `fn` matches the full id ("app-fn") or the id the app gave the function ("fn"). */
export async function listRuns(db: Queryable, filter: RunFilter): Promise<Run[]> {
  const status = filter.status?.toUpperCase();
  if (status && !statuses.includes(status as RunStatus)) throw new Error(`unknown status "${filter.status}"; use ${statuses.join(", ")}`);
  const { rows } = await db.query<RunRow>(
    `SELECT * FROM ${s}.runs
     WHERE ($1::text IS NULL OR fn_id = $1 OR right(fn_id, length($1) + 1) = '-' || $1)
       AND ($2::text IS NULL OR status = $2)
     ORDER BY started_at DESC, seq DESC LIMIT $3`,
    [filter.fn || null, status || null, Math.min(filter.limit ?? 100, 1000)],
  );
  return rows.map(toRun);
}

export type PendingWork = { kind: string; stepId: string | null; name: string | null; attempt: number; dueAt: number };
export type PendingWait = { stepId: string; name: string | null; event: string; if: string | null; deadline: number };
export type HistoryEntry = { at: number; kind: string; stepId: string | null; detail: unknown };

export type RunDetail = Run & { steps: MemoisedStep[]; pending: PendingWork[]; waits: PendingWait[]; history: HistoryEntry[] };

export async function getRunDetail(db: Queryable, id: string): Promise<RunDetail | undefined> {
  const { rows } = await db.query<RunRow>(`SELECT * FROM ${s}.runs WHERE id = $1`, [id]);
  if (!rows[0]) return undefined;
  const [steps, jobs, waits, history] = await Promise.all([
    loadSteps(db, id),
    db.query<{ kind: string; step_id: string | null; name: string | null; attempt: number; due_at: string }>(
      `SELECT kind, step_id, name, attempt, due_at FROM ${s}.jobs WHERE run_id = $1 ORDER BY due_at, id`,
      [id],
    ),
    db.query<{ step_id: string; name: string | null; event_name: string; expression: string | null; deadline: string }>(
      `SELECT step_id, name, event_name, expression, deadline FROM ${s}.waits WHERE run_id = $1 ORDER BY created_at`,
      [id],
    ),
    db.query<{ at: string; kind: string; step_id: string | null; detail: unknown }>(
      `SELECT at, kind, step_id, detail FROM ${s}.history WHERE run_id = $1 ORDER BY seq`,
      [id],
    ),
  ]);
  return {
    ...toRun(rows[0]),
    steps,
    pending: jobs.rows.map((j) => ({ kind: j.kind, stepId: j.step_id, name: j.name, attempt: j.attempt, dueAt: Number(j.due_at) })),
    waits: waits.rows.map((w) => ({ stepId: w.step_id, name: w.name, event: w.event_name, if: w.expression, deadline: Number(w.deadline) })),
    history: history.rows.map((h) => ({ at: Number(h.at), kind: h.kind, stepId: h.step_id, detail: h.detail })),
  };
}
