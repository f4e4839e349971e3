import "server-only";
import type { Db } from "@/server/db";

/**
 * Counts under its UTC day a refused webhook, or the changes of an accepted one that its
 * signature did not cover; the untrusted body itself is never kept.
 */
export async function recordWebhookRejection(db: Db, at = new Date(), count = 1) {
  const day = at.toISOString().slice(0, 10);
  await db.$executeRaw`
    INSERT INTO "WebhookRejection" ("day", "count") VALUES (CAST(${day} AS date), CAST(${count} AS integer))
    ON CONFLICT ("day") DO UPDATE SET "count" = "WebhookRejection"."count" + CAST(${count} AS integer)`;
}
