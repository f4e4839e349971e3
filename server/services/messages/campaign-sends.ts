import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { campaignsChannel, type Push } from "@/server/realtime/channels";

// Meta's quality and spam signals: 131048 spam rate limit, 131049 (marketing not delivered to keep
// the ecosystem healthy), 131056 pair rate limit. A campaign that meets one stops itself before the
// number's quality rating (and tier) drops.
export const CAMPAIGN_PAUSE_CODES: ReadonlySet<number> = new Set([131048, 131049, 131056]);

/**
 * Meta answered (a send) or reported (a failed status) one of the signals above for a campaign's
 * message: the campaign pauses with the code as its reason (a key under `errors.`). Returns the
 * progress push to send, or nothing when the message is no running campaign's. Costs a statement
 * only for these three codes, so the webhook's hot path pays nothing for it otherwise.
 */
export async function pauseCampaignOnSignal(db: Db | Prisma.TransactionClient, messageId: string, code: number | null): Promise<Push[]> {
  if (code === null || !CAMPAIGN_PAUSE_CODES.has(code)) return [];
  const paused = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Campaign" c SET status = 'PAUSED', "pauseReasonCode" = ${`campaigns.pausedByMeta${code}`}, "updatedAt" = now()
    FROM "CampaignRecipient" r
    WHERE r."messageId" = ${messageId} AND c.id = r."campaignId" AND c.status IN ('RUNNING', 'SCHEDULED')
    RETURNING c.id`;
  return paused.map(({ id }) => ({ channel: campaignsChannel, event: { name: "campaign.progress", data: { campaignId: id } } }));
}
