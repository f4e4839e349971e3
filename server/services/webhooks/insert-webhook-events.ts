import "server-only";
import { rawQuery, type Db } from "@/server/db";

export type WebhookEventRow = { id: string; rawBody: string; payload: string; receivedAt: Date; error: string | null };

type Waiting = { row: WebhookEventRow; resolve: () => void; reject: (error: unknown) => void };

// Bounds one statement's size: Meta's bodies are a few KB, and 3 MB at most.
const MAX_ROWS = 100;

function insertRows(db: Db, rows: WebhookEventRow[]) {
  return rawQuery(
    db,
    `INSERT INTO "WebhookEvent" ("id", "rawBody", "payload", "receivedAt", "error")
     SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[], $5::text[])`,
    [rows.map((r) => r.id), rows.map((r) => r.rawBody), rows.map((r) => r.payload), rows.map((r) => r.receivedAt), rows.map((r) => r.error)],
  );
}

/**
 * Group commit for the webhook route: an event is inserted at once when nothing else is being
 * inserted (light traffic waits for nobody), and the events that arrive while an insert is in
 * flight go together in the next one. Each caller resolves once its own row is committed, so a
 * 200 still means stored. On this machine every statement's round trip costs the route about as
 * much CPU as its own work (socket syscalls), and every commit a WAL flush.
 */
export function createWebhookEventInserter(db: Db): (row: WebhookEventRow) => Promise<void> {
  const queue: Waiting[] = [];
  let flushing = false;

  async function flush() {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_ROWS);
      try {
        await insertRows(db, batch.map((waiting) => waiting.row));
        for (const waiting of batch) waiting.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0]?.reject(error);
        // One row the database refuses must not fail the webhooks stored beside it: each alone.
        else await Promise.all(batch.map((waiting) => insertRows(db, [waiting.row]).then(waiting.resolve, waiting.reject)));
      }
    }
    flushing = false;
  }

  return (row) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ row, resolve, reject });
      if (!flushing) void flush();
    });
}

const inserters = new WeakMap<Db, (row: WebhookEventRow) => Promise<void>>();

/** Stores one webhook event, grouped with whatever else this process is storing on `db` meanwhile. */
export function insertWebhookEvent(db: Db, row: WebhookEventRow): Promise<void> {
  let insert = inserters.get(db);
  if (!insert) inserters.set(db, (insert = createWebhookEventInserter(db)));
  return insert(row);
}
