import type { BatchRule } from "../registration";
import { type Tx, json, schemaName as s } from "./db";
import type { InngestEvent } from "./events";

export type BatchedEvent = { eventId: string; event: InngestEvent };
export type DueBatch = { fnId: string; key: string };

/**
 * Adds an event to the function's open batch for `key`, opening it (due `timeoutMs` after this first
 * event) when there is none. The batch's row stays locked until the transaction ends, so events of
 * one key are added one at a time and a batch is never filled and closed at once by two workers.
 * Returns how many events the batch holds now.
 */
export async function addToBatch(tx: Tx, fnId: string, rule: BatchRule, key: string, batched: BatchedEvent, now: number): Promise<number> {
  await tx.query(
    `INSERT INTO ${s}.batches (fn_id, batch_key, opened_at, due_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (fn_id, batch_key) DO UPDATE SET fn_id = EXCLUDED.fn_id`,
    [fnId, key, now, now + rule.timeoutMs],
  );
  await tx.query(`INSERT INTO ${s}.batch_events (fn_id, batch_key, event_id, event) VALUES ($1, $2, $3, $4::jsonb)`, [
    fnId,
    key,
    batched.eventId,
    json(batched.event),
  ]);
  const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.batch_events WHERE fn_id = $1 AND batch_key = $2`, [fnId, key]);
  return rows[0]?.n ?? 0;
}

/** Closes the batch and hands over its events in the order they arrived. */
export async function takeBatch(tx: Tx, batch: DueBatch): Promise<BatchedEvent[]> {
  await tx.query(`DELETE FROM ${s}.batches WHERE fn_id = $1 AND batch_key = $2`, [batch.fnId, batch.key]);
  const { rows } = await tx.query<{ seq: string; event_id: string; event: InngestEvent }>(
    `DELETE FROM ${s}.batch_events WHERE fn_id = $1 AND batch_key = $2 RETURNING seq, event_id, event`,
    [batch.fnId, batch.key],
  );
  return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map((row) => ({ eventId: row.event_id, event: row.event }));
}

/** A batch whose timeout has passed, locked for the caller to close. */
export async function claimDueBatch(tx: Tx, now: number): Promise<DueBatch | undefined> {
  const { rows } = await tx.query<{ fn_id: string; batch_key: string }>(
    `SELECT fn_id, batch_key FROM ${s}.batches WHERE due_at <= $1 ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [now],
  );
  const row = rows[0];
  return row && { fnId: row.fn_id, key: row.batch_key };
}
