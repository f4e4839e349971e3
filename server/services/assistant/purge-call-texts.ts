import "server-only";
import type { Db } from "@/server/db";

// What each call sent (the lead's words, masked or not) is there for the administrator to check the
// assistant's recent work, not to keep: after this many days only the row's numbers remain.
export const CALL_TEXT_RETENTION_DAYS = 90;

const DAY_MS = 86_400_000;
// Rows per UPDATE, so that the first run on a large table does not hold one long transaction.
const BATCH = 5_000;

/**
 * Sets `system` and `prompt` to null on the calls made more than CALL_TEXT_RETENTION_DAYS ago.
 * Tokens, outcome and the rest of the row stay: the per-day usage still counts them. Returns how
 * many calls lost their texts.
 */
export async function purgeCallTexts(db: Db, { now = new Date(), batchSize = BATCH }: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const before = new Date(now.getTime() - CALL_TEXT_RETENTION_DAYS * DAY_MS);
  let purged = 0;
  for (;;) {
    const { count } = await db.assistantCall.updateMany({
      where: { createdAt: { lt: before }, OR: [{ system: { not: null } }, { prompt: { not: null } }] },
      data: { system: null, prompt: null },
      limit: batchSize,
    });
    purged += count;
    if (count < batchSize) return purged;
  }
}
