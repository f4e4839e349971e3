import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

const DAY_MS = 24 * 3_600_000;

// Meta's messaging limit (Channel.messagingTier, from the health check and the quality webhook):
// unique users a number may start conversations with in a rolling 24 h.
const TIER_LIMITS: Record<string, number | null> = {
  TIER_50: 50,
  TIER_250: 250,
  TIER_1K: 1_000,
  TIER_2K: 2_000,
  TIER_10K: 10_000,
  TIER_100K: 100_000,
  TIER_UNLIMITED: null,
};
// Meta's starting limit: a number whose tier was never read is assumed to have it, not to be unlimited.
const UNKNOWN_TIER_LIMIT = 250;

/** Unique users per rolling 24 h, or null when unlimited. */
export function tierLimit(messagingTier: string | null): number | null {
  if (messagingTier === null || !(messagingTier in TIER_LIMITS)) return UNKNOWN_TIER_LIMIT;
  return TIER_LIMITS[messagingTier] ?? null;
}

export type TierUse = { used: number; limit: number | null };

/**
 * Leads this number sent a business-initiated message (a template not refused) in the last 24 h:
 * the broker's "Nova conversa" and every campaign alike. Read through the channel's conversations
 * active in that time, so the cost follows the channel's own traffic, not the whole Message table.
 */
export async function tierUse(db: Db | Prisma.TransactionClient, channel: { id: string; messagingTier: string | null }, now = new Date()): Promise<TierUse> {
  const since = new Date(+now - DAY_MS);
  const [row] = await db.$queryRaw<{ used: bigint }[]>`
    SELECT count(DISTINCT c."leadId") AS used FROM "Conversation" c
    WHERE c."channelId" = ${channel.id} AND c."lastMessageAt" > ${since}
      AND EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m."createdAt" > ${since}
                    AND m.direction = 'OUTBOUND' AND m.type = 'TEMPLATE' AND m.status <> 'FAILED')`;
  return { used: Number(row?.used ?? 0), limit: tierLimit(channel.messagingTier) };
}

/**
 * When room frees for each of `count` more leads: the k-th lead counted leaves the window 24 h
 * after its latest template. Beyond the leads counted now, a day after the last of them.
 */
export async function tierFreesAt(db: Db, channelId: string, count: number, now = new Date()): Promise<Date[]> {
  if (count === 0) return [];
  const since = new Date(+now - DAY_MS);
  const rows = await db.$queryRaw<{ last: Date }[]>`
    SELECT max(m."createdAt") AS last FROM "Conversation" c JOIN "Message" m ON m."conversationId" = c.id
    WHERE c."channelId" = ${channelId} AND c."lastMessageAt" > ${since} AND m."createdAt" > ${since}
      AND m.direction = 'OUTBOUND' AND m.type = 'TEMPLATE' AND m.status <> 'FAILED'
    GROUP BY c."leadId" ORDER BY last LIMIT ${count}`;
  const frees = rows.map((r) => new Date(+r.last + DAY_MS));
  const fallback = new Date(+(frees.at(-1) ?? now) + DAY_MS);
  while (frees.length < count) frees.push(fallback);
  return frees;
}
