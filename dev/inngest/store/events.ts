import { randomUUID } from "node:crypto";
import { type Pool, type Queryable, type Tx, json, schemaName as s, withTx } from "./db";

export type InngestEvent = { name: string; data: Record<string, unknown>; id: string; ts: number; [key: string]: unknown };
export type StoredEvent = { seq: number; id: string; name: string; payload: InngestEvent; receivedAt: number; processed?: boolean };

const dedupeWindowMs = 24 * 3_600_000;

/**
 * Stores events for the workers to process; an event carrying its own `id` is accepted once per
 * 24 h and a repeat answers with the first event's id, as Inngest does. A request's events are
 * stored in a few statements whatever their number (an app sends hundreds at once).
 */
export async function insertEvents(pool: Pool, events: Record<string, unknown>[], now: number): Promise<string[]> {
  return withTx(pool, async (tx) => {
    const incoming = events.map((raw) => ({ raw, internalId: randomUUID(), key: typeof raw.id === "string" && raw.id ? raw.id : undefined }));
    // Within one request, as across requests, the first event with a key is the one kept.
    const firstOfKey = new Map<string, (typeof incoming)[number]>();
    for (const event of incoming) if (event.key && !firstOfKey.has(event.key)) firstOfKey.set(event.key, event);
    const taken = new Set<string>();
    const earlier = new Map<string, string>();
    if (firstOfKey.size > 0) {
      const first = [...firstOfKey.values()];
      const { rows } = await tx.query<{ key: string }>(
        `INSERT INTO ${s}.event_keys (key, event_id, expires_at)
         SELECT k.key, k.event_id, $3::bigint FROM unnest($1::text[], $2::text[]) AS k(key, event_id)
         ON CONFLICT (key) DO UPDATE SET event_id = EXCLUDED.event_id, expires_at = EXCLUDED.expires_at
           WHERE ${s}.event_keys.expires_at <= $4
         RETURNING key`,
        [first.map((e) => e.key), first.map((e) => e.internalId), now + dedupeWindowMs, now],
      );
      for (const row of rows) taken.add(row.key);
      const seen = first.filter((e) => !taken.has(e.key!)).map((e) => e.key!);
      if (seen.length > 0) {
        const existing = await tx.query<{ key: string; event_id: string }>(`SELECT key, event_id FROM ${s}.event_keys WHERE key = ANY($1::text[])`, [seen]);
        for (const row of existing.rows) earlier.set(row.key, row.event_id);
      }
    }
    const stored = incoming.filter((e) => !e.key || (taken.has(e.key) && firstOfKey.get(e.key) === e));
    if (stored.length > 0) {
      const payloads = stored.map((e) => toPayload(e.raw, e.key ?? e.internalId, now));
      await tx.query(
        `INSERT INTO ${s}.events (id, name, payload, received_at, processed)
         SELECT e.id, e.name, e.payload, $4, false FROM unnest($1::text[], $2::text[], $3::jsonb[]) WITH ORDINALITY AS e(id, name, payload, n) ORDER BY e.n`,
        [stored.map((e) => e.internalId), payloads.map((p) => p.name), payloads.map((p) => json(p)), now],
      );
    }
    return incoming.map((e) => (!e.key ? e.internalId : taken.has(e.key) ? firstOfKey.get(e.key)!.internalId : (earlier.get(e.key) ?? firstOfKey.get(e.key)!.internalId)));
  });
}

function toPayload(raw: Record<string, unknown>, id: string, now: number): InngestEvent {
  return {
    ...raw,
    name: String(raw.name),
    data: typeof raw.data === "object" && raw.data !== null ? (raw.data as Record<string, unknown>) : {},
    id,
    ts: typeof raw.ts === "number" ? raw.ts : now,
  };
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
  await storeEvent(tx, internalId, toPayload(raw, key ?? internalId, now), now, false);
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

/** The oldest unprocessed events no other worker holds, up to `limit`, in the order they arrived. */
export async function claimUnprocessedEvents(tx: Tx, limit: number): Promise<StoredEvent[]> {
  const { rows } = await tx.query<EventRow>(
    `SELECT seq, id, name, payload, received_at, processed FROM ${s}.events WHERE NOT processed
     ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows.map(toStoredEvent);
}

export async function markEventsProcessed(tx: Tx, seqs: number[]): Promise<void> {
  if (seqs.length > 0) await tx.query(`UPDATE ${s}.events SET processed = true WHERE seq = ANY($1::bigint[])`, [seqs]);
}

export async function listRecentEvents(db: Queryable, name: string | undefined, limit: number): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT seq, id, name, payload, received_at, processed FROM ${s}.events
     WHERE $1::text IS NULL OR name = $1 ORDER BY seq DESC LIMIT $2`,
    [name ?? null, Math.min(limit, 1000)],
  );
  return rows.map(toStoredEvent);
}
