import "server-only";
import type { Db } from "@/server/db";

const LIST_LIMIT = 200;

/** The campaigns list, newest first, with each one's recipients counted by what the engine wrote. */
export async function listCampaigns(db: Db) {
  const campaigns = await db.campaign.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      name: true,
      status: true,
      createdAt: true,
      startedAt: true,
      startsAt: true,
      finishedAt: true,
      channel: { select: { id: true, name: true } },
      template: { select: { id: true, name: true } },
    },
  });
  const ids = campaigns.map((c) => c.id);
  const counts = ids.length
    ? await db.$queryRaw<{ campaignId: string; total: bigint; sent: bigint; failed: bigint }[]>`
        SELECT "campaignId", count(*) AS total,
               count(*) FILTER (WHERE "messageId" IS NOT NULL) AS sent,
               count(*) FILTER (WHERE status = 'FAILED') AS failed
        FROM "CampaignRecipient" WHERE "campaignId" = ANY(${ids}::text[]) GROUP BY "campaignId"`
    : [];
  const byId = new Map(counts.map((c) => [c.campaignId, { total: Number(c.total), sent: Number(c.sent), failed: Number(c.failed) }]));
  return campaigns.map((c) => ({ ...c, counts: byId.get(c.id) ?? { total: 0, sent: 0, failed: 0 } }));
}
