import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { CAMPAIGN_TIME_ZONE } from "./campaign-time-zone";
import type { SegmentFilters } from "./segment-filters";

export type SegmentCount = {
  /** Leads matching the filters, excluded ones included. */
  matched: number;
  /** Leads the campaign would message. */
  eligible: number;
  /** Each excluded lead counts once, under the first reason in this order. */
  excluded: { optedOut: number; noPhone: number; contactedToday: number };
};

const anyOf = (values: readonly string[]) => (values.length > 0 ? [...values] : null);

/**
 * The segment's leads with their exclusion flags, as SQL to select from (columns: id, opted_out,
 * no_phone, contacted_today): the live count and the recipients chosen at scheduling read the same rows.
 */
export function segmentCandidates(filters: SegmentFilters, now = new Date()): Prisma.Sql {
  const developments = anyOf(filters.developmentIds);
  const tags = anyOf(filters.tagIds);
  const queues = anyOf(filters.queueIds);
  const owners = anyOf(filters.ownerIds);
  const origins = anyOf(filters.origins);
  const after = filters.lastInteractionAfter ?? null;
  const before = filters.lastInteractionBefore ?? null;
  return Prisma.sql`
      SELECT l.id,
             l."marketingOptOutAt" IS NOT NULL AS opted_out,
             coalesce(l."phoneE164", '') = '' AND coalesce(l."waId", '') = '' AS no_phone,
             EXISTS (
               SELECT 1 FROM "Conversation" c JOIN "Message" m ON m."conversationId" = c.id
               WHERE c."leadId" = l.id AND m.direction = 'OUTBOUND' AND m.status <> 'FAILED'
                 AND m."createdAt" >= (date_trunc('day', ${now}::timestamptz AT TIME ZONE ${CAMPAIGN_TIME_ZONE}) AT TIME ZONE ${CAMPAIGN_TIME_ZONE})
             ) AS contacted_today
      FROM "Lead" l
      LEFT JOIN LATERAL (SELECT max(c."lastMessageAt") AS at FROM "Conversation" c WHERE c."leadId" = l.id) last ON true
      WHERE (${developments}::text[] IS NULL OR EXISTS (SELECT 1 FROM "_DevelopmentToLead" d WHERE d."B" = l.id AND d."A" = ANY(${developments}::text[])))
        AND (${tags}::text[] IS NULL OR EXISTS (SELECT 1 FROM "_LeadToTag" t WHERE t."A" = l.id AND t."B" = ANY(${tags}::text[])))
        AND (${queues}::text[] IS NULL OR l."queueId" = ANY(${queues}::text[]))
        AND (${owners}::text[] IS NULL OR l."ownerId" = ANY(${owners}::text[]))
        AND (${origins}::text[] IS NULL OR l.origin::text = ANY(${origins}::text[]))
        AND (${after}::timestamptz IS NULL OR last.at >= ${after}::timestamptz)
        AND (${before}::timestamptz IS NULL OR last.at < ${before}::timestamptz)`;
}

/**
 * Counts a segment in one statement (the live count of the campaign builder). "No phone" is what
 * "Nova conversa" refuses too (neither a phone nor a WhatsApp id). "Contacted today" is
 * an outbound message that was not refused (FAILED never reached the lead) since midnight in São
 * Paulo: a second message the same day reads as spam and lowers the channel's quality.
 */
export async function segmentLeads(db: Db, filters: SegmentFilters, now = new Date()): Promise<SegmentCount> {
  const [row] = await db.$queryRaw<{ matched: bigint; eligible: bigint; optedOut: bigint; noPhone: bigint; contactedToday: bigint }[]>`
    WITH matched AS (${segmentCandidates(filters, now)})
    SELECT count(*) AS matched,
           count(*) FILTER (WHERE NOT opted_out AND NOT no_phone AND NOT contacted_today) AS eligible,
           count(*) FILTER (WHERE opted_out) AS "optedOut",
           count(*) FILTER (WHERE NOT opted_out AND no_phone) AS "noPhone",
           count(*) FILTER (WHERE NOT opted_out AND NOT no_phone AND contacted_today) AS "contactedToday"
    FROM matched`;
  if (!row) throw new Error("segment count returned no row");
  return {
    matched: Number(row.matched),
    eligible: Number(row.eligible),
    excluded: { optedOut: Number(row.optedOut), noPhone: Number(row.noPhone), contactedToday: Number(row.contactedToday) },
  };
}
