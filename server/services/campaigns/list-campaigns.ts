import "server-only";
import type { Db } from "@/server/db";

const LIST_LIMIT = 200;

/** The campaigns list, newest first: per campaign, its recipients, the messages that left (sent, delivered or read) and the failures (refused or failed message). */
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
        SELECT r."campaignId", count(*) AS total,
               count(*) FILTER (WHERE m.status IN ('SENT', 'DELIVERED', 'READ')) AS sent,
               count(*) FILTER (WHERE r.status = 'FAILED' OR m.status = 'FAILED') AS failed
        FROM "CampaignRecipient" r LEFT JOIN "Message" m ON m.id = r."messageId"
        WHERE r."campaignId" = ANY(${ids}::text[]) GROUP BY r."campaignId"`
    : [];
  const byId = new Map(counts.map((c) => [c.campaignId, { total: Number(c.total), sent: Number(c.sent), failed: Number(c.failed) }]));
  return campaigns.map((c) => ({ ...c, counts: byId.get(c.id) ?? { total: 0, sent: 0, failed: 0 } }));
}
