import "server-only";
import { rawQuery, type Db } from "@/server/db";

// Longer than one attempt can take between its claim and its record (an upload, a slot wait, a
// Graph call with its 20 s limit). An attempt that died with the claim keeps its messages waiting
// this long: the price of never letting a live attempt and a retry both call Meta.
export const SEND_CLAIM_MS = 3 * 60_000;

/**
 * Claims, for one send attempt, the messages among `ids` still waiting to go out and not held by
 * another live attempt. Only a claimed message may be handed to Meta; the claim ends when its
 * send is recorded (record-delivery clears it), released, or expired.
 */
export async function claimForSend(db: Db, ids: string[], claimId: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await rawQuery<{ id: string }>(
    db,
    `UPDATE "Message" SET "sendClaimId" = $2, "sendClaimedUntil" = now() + $3::float8 * interval '1 millisecond'
     WHERE id = ANY($1::text[]) AND direction = 'OUTBOUND' AND status = 'QUEUED' AND wamid IS NULL
       AND ("sendClaimedUntil" IS NULL OR "sendClaimedUntil" <= now())
     RETURNING id`,
    [ids, claimId, SEND_CLAIM_MS],
  );
  return new Set(rows.map((row) => row.id));
}

/** Gives back what this attempt claimed but did not send (it waits, or it failed midway). */
export async function releaseClaims(db: Db, ids: string[], claimId: string): Promise<void> {
  if (ids.length === 0) return;
  await rawQuery(db, `UPDATE "Message" SET "sendClaimId" = NULL, "sendClaimedUntil" = NULL WHERE id = ANY($1::text[]) AND "sendClaimId" = $2`, [ids, claimId]);
}

/** How long another attempt's claim on the message still holds (0 when none does). */
export async function claimHeldForMs(db: Db, id: string): Promise<number> {
  const rows = await db.$queryRaw<{ ms: number | null }[]>`
    SELECT (EXTRACT(EPOCH FROM "sendClaimedUntil" - now()) * 1000)::float8 AS ms FROM "Message" WHERE id = ${id}`;
  return Math.max(0, Math.ceil(rows[0]?.ms ?? 0));
}
