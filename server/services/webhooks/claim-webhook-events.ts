import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "./apply-context";
import type { StoredWebhook } from "./apply-webhook";

// After this many failed applications an event is left alone, its error kept for a replay by hand.
export const MAX_APPLY_ATTEMPTS = 5;

/**
 * Which stored events a transaction takes to apply:
 * - `ids`: the events this process just stored, waiting for whoever holds one (then skipping it,
 *   as it is applied by then);
 * - `due`: up to `limit` events not applied yet (a failed one only once its retry is due),
 *   skipping any another transaction holds: the webhook worker's claim, so that the workers of
 *   several app instances share the work;
 * - `stale`: the same, but only events nobody applied within `olderThanMs` (a crashed process):
 *   the cron drainer's, which leaves fresh events to whoever stored them.
 */
export type Claim = { ids: string[] } | { due: { limit: number } } | { stale: { olderThanMs: number; limit: number } };

type Row = { id: string; payload: unknown; receivedAt: Date; error: string | null; attempts: number };

/** Locks and returns the claimed events still unapplied, oldest first (Meta's order per conversation and per wamid). */
export async function claimWebhookEvents(tx: Tx, claim: Claim): Promise<StoredWebhook[]> {
  const rows =
    "ids" in claim
      ? claim.ids.length === 0
        ? []
        : await tx.$queryRaw<Row[]>`
          SELECT "id", "payload", "receivedAt", "error", "attempts" FROM "WebhookEvent"
          WHERE "id" IN (${Prisma.join(claim.ids)}) AND "processedAt" IS NULL AND "attempts" < ${MAX_APPLY_ATTEMPTS}
          ORDER BY "receivedAt", "id" FOR UPDATE`
      : "due" in claim
        ? await tx.$queryRaw<Row[]>`
          SELECT "id", "payload", "receivedAt", "error", "attempts" FROM "WebhookEvent"
          WHERE "processedAt" IS NULL AND "attempts" < ${MAX_APPLY_ATTEMPTS} AND ("retryAt" IS NULL OR "retryAt" <= now())
          ORDER BY "receivedAt", "id" LIMIT ${claim.due.limit} FOR UPDATE SKIP LOCKED`
        : await tx.$queryRaw<Row[]>`
          SELECT "id", "payload", "receivedAt", "error", "attempts" FROM "WebhookEvent"
          WHERE "processedAt" IS NULL AND "attempts" < ${MAX_APPLY_ATTEMPTS}
            AND COALESCE("retryAt", "receivedAt" + make_interval(secs => ${claim.stale.olderThanMs / 1000})) <= now()
          ORDER BY "receivedAt", "id" LIMIT ${claim.stale.limit} FOR UPDATE SKIP LOCKED`;
  // Before any failure, `error` holds what storing dropped (changes the signature did not cover).
  return rows.map((row) => ({ id: row.id, payload: row.payload, receivedAt: row.receivedAt, problems: row.attempts === 0 && row.error ? [row.error] : [] }));
}
