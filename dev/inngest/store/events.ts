import { randomUUID } from "node:crypto";
import { type Pool, type Queryable, type Tx, json, schemaName as s, withTx } from "./db";

export type InngestEvent = { name: string; data: Record<string, unknown>; id: string; ts: number; [key: string]: unknown };
export type StoredEvent = { seq: number; id: string; name: string; payload: InngestEvent; receivedAt: number; processed?: boolean };

const dedupeWindowMs = 24 * 3_600_000;

/**
 * Stores events for the workers to process; an event carrying its own `id` is accepted once per
 * 24 h and a repeat answers with the first event's id, as Inngest does.
 */
export async function insertEvents(pool: Pool, events: Record<string, unknown>[], now: number): Promise<string[]> {
  return withTx(pool, async (tx) => {
    const ids: string[] = [];
    for (const raw of events) ids.push(await insertEvent(tx, raw, now));
    return ids;
  });
}

export async function insertEvent(tx: Tx, raw: Record<string, unknown>, now: number): Promise<string> {
  const internalId = randomUUID();
  const key = typeof raw.id === "string" && raw.id ? raw.id : undefined;
  if (key) {
    const { rows } = await tx.query<{ event_id: string }>(
      `INSERT INTO ${s}.event_keys (key, event_id, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET event_id = EXCLUDED.event_id, expires_at = EXCLUDED.expires_at
         WHERE ${s}.event_keys.expires_at <= $4
       RETURNING event_id`,
      [key, internalId, now + dedupeWindowMs, now],
    );
    if (rows.length === 0) {
      const existing = await tx.query<{ event_id: string }>(`SELECT event_id FROM ${s}.event_keys WHERE key = $1`, [key]);
      return existing.rows[0]?.event_id ?? internalId;
    }
  }
  const payload: InngestEvent = {
    ...raw,
    name: String(raw.name),
    data: typeof raw.data === "object" && raw.data !== null ? (raw.data as Record<string, unknown>) : {},
    id: key ?? internalId,
    ts: typeof raw.ts === "number" ? raw.ts : now,
  };
  await storeEvent(tx, internalId, payload, now, false);
  return internalId;
}

/** `processed` events are kept for the record only (a cron's timer event triggers no one else). */
export async function storeEvent(tx: Tx, internalId: string, payload: InngestEvent, now: number, processed: boolean): Promise<void> {
  await tx.query(`INSERT INTO ${s}.events (id, name, payload, received_at, processed) VALUES ($1, $2, $3::jsonb, $4, $5)`, [
    internalId,
    payload.name,
    json(payload),
    now,
    processed,
  ]);
}

type EventRow = { seq: string; id: string; name: string; payload: InngestEvent; received_at: string; processed: boolean };

const toStoredEvent = (row: EventRow): StoredEvent => ({
  seq: Number(row.seq),
  id: row.id,
  name: row.name,
  payload: row.payload,
  receivedAt: Number(row.received_at),
  processed: row.processed,
});

export async function claimUnprocessedEvent(tx: Tx): Promise<StoredEvent | undefined> {
  const { rows } = await tx.query<EventRow>(
    `SELECT seq, id, name, payload, received_at, processed FROM ${s}.events WHERE NOT processed
     ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED`,
  );
  return rows[0] && toStoredEvent(rows[0]);
}

export async function markEventProcessed(tx: Tx, seq: number): Promise<void> {
  await tx.query(`UPDATE ${s}.events SET processed = true WHERE seq = $1`, [seq]);
}

export async function listRecentEvents(db: Queryable, name: string | undefined, limit: number): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT seq, id, name, payload, received_at, processed FROM ${s}.events
     WHERE $1::text IS NULL OR name = $1 ORDER BY seq DESC LIMIT $2`,
    [name ?? null, Math.min(limit, 1000)],
  );
  return rows.map(toStoredEvent);
}
