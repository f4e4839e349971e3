import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { rawQuery, type Db } from "@/server/db";
import { publish } from "@/server/realtime/publish";
import { applyWebhook } from "./apply-webhook";
import { parseEnvelope } from "./read-envelope";

// How far back a status for a just-sent message can have arrived: Meta answers the send within
// seconds; a margin covers clock skew between app servers.
const LOOKBACK_MS = 10 * 60_000;

/**
 * Meta can report `sent`/`delivered` for a wamid before our send has stored it; those statuses
 * found no message and stayed on their stored webhook, marked `unmatchedStatuses`. Once the wamid
 * is stored, apply again the recent webhooks that mention it among those marked and those not
 * applied yet (one may be applying now, having looked before the wamid was stored): applying is
 * idempotent (messages dedupe on wamid, statuses on wamid+status), so only what was missed takes
 * effect. Webhooks stored after this query see the wamid themselves, because each is stored before
 * it is applied. What is applied again is the stored payload, the part of the request its signature
 * covered (bindEnvelope), never the raw body.
 */
export async function replayEarlyStatuses(db: Db, wamid: string, sentAt: Date): Promise<number> {
  return replayEarlyStatusesFor(db, [{ wamid, sentAt }]);
}

/** The same for many sent messages (a batch run's sends) in one look-up. */
export async function replayEarlyStatusesFor(db: Db, sends: { wamid: string; sentAt: Date }[]): Promise<number> {
  if (sends.length === 0) return 0;
  const earliest = Math.min(...sends.map((send) => +send.sentAt));
  // LIKE patterns: a wamid's own % or _ (or backslash) must match only itself.
  const patterns = sends.map(({ wamid }) => `%"${wamid.replace(/[\\%_]/g, "\\$&")}"%`);
  const events = await rawQuery<{ id: string; payload: Prisma.JsonValue; receivedAt: Date }>(
    db,
    `SELECT id, payload, "receivedAt" FROM "WebhookEvent"
     WHERE "receivedAt" >= $1 AND ("processedAt" IS NULL OR "unmatchedStatuses") AND "rawBody" LIKE ANY($2::text[])
     ORDER BY "receivedAt"`,
    [new Date(earliest - LOOKBACK_MS).toISOString(), patterns],
  );
  for (const event of events) {
    const read = parseEnvelope(event.payload);
    if (!read.ok) continue;
    const outcome = await applyWebhook(db, { eventId: event.id, envelope: read.envelope, receivedAt: event.receivedAt });
    await publish(outcome.pushes);
  }
  return events.length;
}
