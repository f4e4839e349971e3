import "server-only";
import type { Db } from "@/server/db";
import { tierFreesAt } from "./messaging-tier";

// Keys under `errors.` in the catalogues, stored on the recipient (the screens translate them).
export const HELD_TIER_LIMIT = "campaigns.heldTierLimit";

/**
 * The messaging tier is used up: every recipient still QUEUED is HELD until room frees for it (the
 * k-th held lead when the k-th lead counted now leaves the rolling 24 h), in the order they would
 * have been sent. Returns how many were held.
 */
export async function holdBeyondTier(db: Db, channelId: string, campaignId: string, now = new Date()): Promise<number> {
  const waiting = await db.campaignRecipient.findMany({ where: { campaignId, status: "QUEUED" }, select: { id: true }, orderBy: { id: "asc" } });
  if (waiting.length === 0) return 0;
  const frees = await tierFreesAt(db, channelId, waiting.length, now);
  return db.$executeRaw`
    UPDATE "CampaignRecipient" r SET status = 'HELD', "reasonCode" = ${HELD_TIER_LIMIT}, "notBefore" = v."notBefore", "updatedAt" = now()
    FROM unnest(${waiting.map((w) => w.id)}::text[], ${frees}::timestamptz[]) AS v(id, "notBefore")
    WHERE r.id = v.id AND r.status = 'QUEUED'`;
}

/** Held recipients whose time has come go back to the queue (the tier is counted again before they are sent). */
export async function releaseDueHolds(db: Db, campaignId: string, now = new Date()): Promise<number> {
  return db.campaignRecipient.updateMany({
    where: { campaignId, status: "HELD", notBefore: { lte: now } },
    data: { status: "QUEUED", reasonCode: null, notBefore: null },
  }).then((r) => r.count);
}
