import type { BatchRule } from "../registration";
import { type Tx, json, schemaName as s } from "./db";
import type { InngestEvent } from "./events";

export type BatchedEvent = { eventId: string; event: InngestEvent };
export type DueBatch = { fnId: string; key: string };

/**
 * Adds events to the function's open batch for `key`, opening it (due `timeoutMs` after its first
 * event) when there is none. The batch's row stays locked until the transaction ends, so events of
 * one key are added by one worker at a time and a batch is never filled and closed by two at once.
 * Returns how many events the batch holds now and when it is due.
 */
export async function addToBatch(tx: Tx, fnId: string, rule: BatchRule, key: string, batched: BatchedEvent[], now: number): Promise<{ held: number; dueAt: number }> {
  const { rows: opened } = await tx.query<{ due_at: string }>(
    `INSERT INTO ${s}.batches (fn_id, batch_key, opened_at, due_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (fn_id, batch_key) DO UPDATE SET fn_id = EXCLUDED.fn_id
     RETURNING due_at`,
    [fnId, key, now, now + rule.timeoutMs],
  );
  await tx.query(
    `INSERT INTO ${s}.batch_events (fn_id, batch_key, event_id, event)
     SELECT $1, $2, e.id, e.event FROM unnest($3::text[], $4::jsonb[]) WITH ORDINALITY AS e(id, event, n) ORDER BY e.n`,
    [fnId, key, batched.map((b) => b.eventId), batched.map((b) => json(b.event))],
  );
  const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.batch_events WHERE fn_id = $1 AND batch_key = $2`, [fnId, key]);
  return { held: rows[0]?.n ?? 0, dueAt: Number(opened[0]?.due_at ?? now + rule.timeoutMs) };
}

/**
 * Hands over the batch's oldest `limit` events in the order they arrived. What is left over (more
 * arrived than one batch holds) stays as the next batch, timed from now, when its first event came.
 */
export async function takeBatch(tx: Tx, batch: DueBatch, limit: number, timeoutMs: number, now: number): Promise<BatchedEvent[]> {
  const { rows } = await tx.query<{ seq: string; event_id: string; event: InngestEvent }>(
    `DELETE FROM ${s}.batch_events WHERE seq IN (
       SELECT seq FROM ${s}.batch_events WHERE fn_id = $1 AND batch_key = $2 ORDER BY seq LIMIT $3)
     RETURNING seq, event_id, event`,
    [batch.fnId, batch.key, limit],
  );
  const { rows: left } = await tx.query(`SELECT 1 FROM ${s}.batch_events WHERE fn_id = $1 AND batch_key = $2 LIMIT 1`, [batch.fnId, batch.key]);
  if (left.length === 0) await tx.query(`DELETE FROM ${s}.batches WHERE fn_id = $1 AND batch_key = $2`, [batch.fnId, batch.key]);
  else await tx.query(`UPDATE ${s}.batches SET opened_at = $3, due_at = $4 WHERE fn_id = $1 AND batch_key = $2`, [batch.fnId, batch.key, now, now + timeoutMs]);
  return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map((row) => ({ eventId: row.event_id, event: row.event }));
}

// A batch held back for events still being processed gives up waiting this long after its timeout.
const BACKLOG_GRACE_MS = 5_000;

/**
 * A batch whose timeout has passed, locked for the caller to close. Not while events that arrived
 * before it closed are still unprocessed (another worker may be adding them right now): they belong
 * in it, as Inngest appends events on arrival; otherwise a burst of events would start runs with a
 * fraction of a batch each.
 */
export async function claimDueBatch(tx: Tx, now: number): Promise<DueBatch | undefined> {
  const { rows } = await tx.query<{ fn_id: string; batch_key: string }>(
    `SELECT fn_id, batch_key FROM ${s}.batches b
     WHERE due_at <= $1
       AND (due_at <= $2 OR NOT EXISTS (
         SELECT 1 FROM (SELECT received_at FROM ${s}.events WHERE NOT processed ORDER BY seq LIMIT 1) oldest WHERE oldest.received_at < b.due_at))
     ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [now, now - BACKLOG_GRACE_MS],
  );
  const row = rows[0];
  return row && { fnId: row.fn_id, key: row.batch_key };
}
