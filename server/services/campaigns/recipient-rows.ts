import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DerivedRecipientStatus } from "./recipient-states";

/**
 * One row per recipient of a campaign with its derived status and the times the screens, the
 * results and the CSV read, in one set-based statement. A failed message wins over a reply (a lead
 * writing after a failure did not answer the campaign); a reply is the lead's first inbound message
 * in that conversation after the campaign message. Times come from the message's columns, falling
 * back to its status events (a READ that arrived without DELIVERED still means delivered).
 */
export function recipientRowsSql(campaignId: string) {
  return Prisma.sql`
    SELECT r.id, r."leadId", r."createdAt", r."reasonCode", r."notBefore", r."messageId",
           l.name AS "leadName", l."phoneE164" AS phone,
           m."errorCode", m."errorTitle", m."failureReason", m."failureParams",
           CASE
             WHEN m.id IS NULL THEN CASE r.status::text WHEN 'QUEUED' THEN 'WAITING' ELSE r.status::text END
             WHEN m.status = 'FAILED' THEN 'FAILED'
             WHEN reply.at IS NOT NULL THEN 'REPLIED'
             WHEN m.status = 'RECEIVED' THEN 'QUEUED'
             ELSE m.status::text
           END AS status,
           coalesce(m."sentAt", ev.sent, m."deliveredAt", ev.delivered, m."readAt", ev.read) AS "sentAt",
           coalesce(m."deliveredAt", ev.delivered, m."readAt", ev.read) AS "deliveredAt",
           coalesce(m."readAt", ev.read) AS "readAt",
           reply.at AS "repliedAt",
           coalesce(m."failedAt", ev.failed) AS "failedAt"
    FROM "CampaignRecipient" r
    JOIN "Lead" l ON l.id = r."leadId"
    LEFT JOIN "Message" m ON m.id = r."messageId"
    LEFT JOIN LATERAL (
      SELECT min(e."occurredAt") FILTER (WHERE e.status = 'SENT') AS sent,
             min(e."occurredAt") FILTER (WHERE e.status = 'DELIVERED') AS delivered,
             min(e."occurredAt") FILTER (WHERE e.status = 'READ') AS read,
             min(e."occurredAt") FILTER (WHERE e.status = 'FAILED') AS failed
      FROM "MessageStatusEvent" e WHERE e."messageId" = m.id
    ) ev ON m.id IS NOT NULL
    LEFT JOIN LATERAL (
      SELECT min(i."createdAt") AS at FROM "Message" i
      WHERE i."conversationId" = m."conversationId" AND i.direction = 'INBOUND' AND i."createdAt" > m."createdAt"
    ) reply ON m.id IS NOT NULL
    WHERE r."campaignId" = ${campaignId}`;
}

export type RecipientRow = {
  id: string;
  leadId: string;
  createdAt: Date;
  reasonCode: string | null;
  notBefore: Date | null;
  messageId: string | null;
  leadName: string | null;
  phone: string | null;
  errorCode: number | null;
  errorTitle: string | null;
  failureReason: string | null;
  failureParams: Prisma.JsonValue;
  status: DerivedRecipientStatus;
  sentAt: Date | null;
  deliveredAt: Date | null;
  readAt: Date | null;
  repliedAt: Date | null;
  failedAt: Date | null;
};
