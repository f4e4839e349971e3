import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MessageDirection, MessageStatus, MessageType, TemplateHeaderFormat } from "@/generated/prisma/enums";
import { rawQuery, type Db } from "@/server/db";

export type OutboundMessage = {
  id: string;
  direction: MessageDirection;
  type: MessageType;
  status: MessageStatus;
  wamid: string | null;
  body: string | null;
  templateParams: Prisma.JsonValue | null;
  replyToWamid: string | null;
  reactionToWamid: string | null;
  mediaAssetId: string | null;
  metaMediaId: string | null;
  mediaMimeType: string | null;
  mediaFileName: string | null;
  mediaStorageKey: string | null;
  senderId: string | null;
  createdAt: Date;
  template: { name: string; language: string; headerFormat: TemplateHeaderFormat; buttons: Prisma.JsonValue } | null;
  conversation: {
    id: string;
    assigneeId: string | null;
    leadId: string;
    lead: { phoneE164: string | null; waId: string | null };
    channel: { id: string; phoneNumberId: string; accessTokenEnc: string; throughputMps: number; enabled: boolean };
  };
  /** Its campaign is paused or cancelled: the sender leaves it QUEUED and unclaimed (campaign-sends.ts). */
  campaignHeld: boolean;
};

type Row = Omit<OutboundMessage, "template" | "conversation"> & {
  templateName: string | null;
  templateLanguage: string;
  templateHeaderFormat: TemplateHeaderFormat;
  templateButtons: Prisma.JsonValue;
  conversationId: string;
  assigneeId: string | null;
  leadId: string;
  phoneE164: string | null;
  waId: string | null;
  channelId: string;
  phoneNumberId: string;
  accessTokenEnc: string;
  throughputMps: number;
  enabled: boolean;
};

// One statement through pg for a whole batch: Prisma's nested select took a query per relation and
// several times the CPU per row, paid for every message a campaign sends.
const SELECT_OUTBOUND = `
  SELECT m.id, m.direction, m.type, m.status, m.wamid, m.body, m."templateParams", m."replyToWamid", m."reactionToWamid",
    m."mediaAssetId", m."metaMediaId", m."mediaMimeType", m."mediaFileName", m."mediaStorageKey", m."senderId", m."createdAt",
    t.name AS "templateName", t.language AS "templateLanguage", t."headerFormat" AS "templateHeaderFormat", t.buttons AS "templateButtons",
    c.id AS "conversationId", c."assigneeId", c."leadId", l."phoneE164", l."waId",
    ch.id AS "channelId", ch."phoneNumberId", ch."accessTokenEnc", ch."throughputMps", ch.enabled,
    EXISTS (SELECT 1 FROM "CampaignRecipient" r JOIN "Campaign" k ON k.id = r."campaignId"
            WHERE r."messageId" = m.id AND k.status IN ('PAUSED', 'CANCELLED')) AS "campaignHeld"
  FROM "Message" m
  JOIN "Conversation" c ON c.id = m."conversationId"
  JOIN "Lead" l ON l.id = c."leadId"
  JOIN "Channel" ch ON ch.id = c."channelId"
  LEFT JOIN "MessageTemplate" t ON t.id = m."templateId"
  WHERE m.id = ANY($1::text[])
  ORDER BY m."createdAt", m.id`;

const toOutbound = (row: Row): OutboundMessage => ({
  id: row.id,
  direction: row.direction,
  type: row.type,
  status: row.status,
  wamid: row.wamid,
  body: row.body,
  templateParams: row.templateParams,
  replyToWamid: row.replyToWamid,
  reactionToWamid: row.reactionToWamid,
  mediaAssetId: row.mediaAssetId,
  metaMediaId: row.metaMediaId,
  mediaMimeType: row.mediaMimeType,
  mediaFileName: row.mediaFileName,
  mediaStorageKey: row.mediaStorageKey,
  senderId: row.senderId,
  createdAt: row.createdAt,
  template: row.templateName === null ? null : { name: row.templateName, language: row.templateLanguage, headerFormat: row.templateHeaderFormat, buttons: row.templateButtons },
  conversation: {
    id: row.conversationId,
    assigneeId: row.assigneeId,
    leadId: row.leadId,
    lead: { phoneE164: row.phoneE164, waId: row.waId },
    channel: { id: row.channelId, phoneNumberId: row.phoneNumberId, accessTokenEnc: row.accessTokenEnc, throughputMps: row.throughputMps, enabled: row.enabled },
  },
  campaignHeld: row.campaignHeld,
});

/** Everything one send needs, in one query. */
export async function loadOutboundMessage(db: Db, messageId: string): Promise<OutboundMessage | null> {
  return (await loadOutboundMessages(db, [messageId]))[0] ?? null;
}

/** The same for a batch, oldest first (the order a broker queued them in). */
export async function loadOutboundMessages(db: Db, messageIds: string[]): Promise<OutboundMessage[]> {
  if (messageIds.length === 0) return [];
  return (await rawQuery<Row>(db, SELECT_OUTBOUND, [messageIds])).map(toOutbound);
}
