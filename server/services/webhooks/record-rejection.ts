import type { Db } from "@/server/db";

/** Counts a refused webhook under its UTC day; the body itself is untrusted and never kept. */
export async function recordWebhookRejection(db: Db, at = new Date()) {
  const day = at.toISOString().slice(0, 10);
  await db.$executeRaw`
    INSERT INTO "WebhookRejection" ("day", "count") VALUES (CAST(${day} AS date), 1)
    ON CONFLICT ("day") DO UPDATE SET "count" = "WebhookRejection"."count" + 1`;
}
