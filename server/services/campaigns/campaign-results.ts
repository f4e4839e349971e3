import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recipientRowsSql } from "./recipient-rows";

const MINUTE = 60_000;
// From the finest to the coarsest: the first that covers the campaign in at most MAX_BUCKETS.
const BUCKET_MINUTES = [5, 15, 60, 6 * 60, 24 * 60] as const;
const MAX_BUCKETS = 48;
const DAY_MINUTES = 24 * 60;

export type ResultsBucket = { at: Date; sent: number; delivered: number; read: number; replied: number };

/** The finest bucket that fits the span in MAX_BUCKETS; a span past 48 days gets more daily buckets. */
export function bucketMinutes(from: Date, to: Date): number {
  const span = Math.max(0, +to - +from);
  return BUCKET_MINUTES.find((minutes) => span / (minutes * MINUTE) < MAX_BUCKETS) ?? DAY_MINUTES;
}

/**
 * Delivery, read and reply over time: per bucket, how many campaign messages were sent, delivered,
 * read and replied to by then (cumulative), so each rate at a bucket is that count over the sent.
 * Counted by the database (date_bin over the derived rows); the buckets run from the first send
 * to the last event, or to now while the campaign is still sending.
 */
export async function campaignResults(db: Db, campaignId: string, now = new Date()) {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
  if (!campaign) throw new AppError("NOT_FOUND", "campaigns.notFound");
  const rows = recipientRowsSql(campaignId);
  const [span] = await db.$queryRaw<{ first: Date | null; last: Date | null }[]>(Prisma.sql`
    SELECT min("sentAt") AS first, greatest(max("sentAt"), max("deliveredAt"), max("readAt"), max("repliedAt")) AS last
    FROM (${rows}) rows WHERE "sentAt" IS NOT NULL`);
  if (!span?.first || !span.last) return { bucketMinutes: null, buckets: [] as ResultsBucket[], totals: { sent: 0, delivered: 0, read: 0, replied: 0 } };
  const live = campaign.status === "RUNNING" || campaign.status === "PAUSED";
  const to = live && now > span.last ? now : span.last;
  const minutes = bucketMinutes(span.first, to);
  const origin = new Date(Math.floor(+span.first / (minutes * MINUTE)) * minutes * MINUTE);
  const interval = `${minutes} minutes`;
  const counted = await db.$queryRaw<{ at: Date; sent: bigint; delivered: bigint; read: bigint; replied: bigint }[]>(Prisma.sql`
    WITH rows AS (${rows}), events AS (
      SELECT 'sent' AS kind, "sentAt" AS at FROM rows WHERE "sentAt" IS NOT NULL
      UNION ALL SELECT 'delivered', "deliveredAt" FROM rows WHERE "deliveredAt" IS NOT NULL
      UNION ALL SELECT 'read', "readAt" FROM rows WHERE "readAt" IS NOT NULL
      UNION ALL SELECT 'replied', "repliedAt" FROM rows WHERE "repliedAt" IS NOT NULL
    )
    SELECT date_bin(${interval}::interval, at, ${origin}::timestamptz) AS at,
           count(*) FILTER (WHERE kind = 'sent') AS sent,
           count(*) FILTER (WHERE kind = 'delivered') AS delivered,
           count(*) FILTER (WHERE kind = 'read') AS read,
           count(*) FILTER (WHERE kind = 'replied') AS replied
    FROM events GROUP BY 1 ORDER BY 1`);
  const byStart = new Map(counted.map((c) => [+c.at, c]));
  const buckets: ResultsBucket[] = [];
  const running = { sent: 0, delivered: 0, read: 0, replied: 0 };
  for (let at = +origin; at <= +to; at += minutes * MINUTE) {
    const c = byStart.get(at);
    if (c) {
      running.sent += Number(c.sent);
      running.delivered += Number(c.delivered);
      running.read += Number(c.read);
      running.replied += Number(c.replied);
    }
    buckets.push({ at: new Date(at), ...running });
  }
  return { bucketMinutes: minutes, buckets, totals: { ...running } };
}
