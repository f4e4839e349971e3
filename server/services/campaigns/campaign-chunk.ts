import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import type { QueuedSend } from "@/server/jobs/jobs";
import { lastMessageLine } from "@/server/services/conversations/message-preview";
import { TEMPLATE_LEAD_SELECT } from "@/server/services/conversations/template-eligibility";
import { tierUse } from "./messaging-tier";
import { isRefused, planLeadMessage, type ChunkLead, type ExistingConversation, type LeadMessage, type LeadRefused, type TemplateContext } from "./campaign-lead-messages";

type Tx = Prisma.TransactionClient;

export type ChunkCampaign = { id: string; name: string; createdById: string | null; channel: { id: string; name: string; messagingTier: string | null } };

/** `tierFull`: the number's messaging tier has no room left once this chunk is queued. */
export type ChunkResult = { queued: LeadMessage[]; refused: LeadRefused[]; sends: QueuedSend[]; tierFull: boolean };

/** A message the campaign queued: its idempotency key, one per (campaign, lead). */
export const campaignRequestId = (campaignId: string, leadId: string) => `campaign-${campaignId}-${leadId}`;

/**
 * Takes up to `limit` QUEUED recipients, within the room the channel's messaging tier leaves, and,
 * in one transaction, queues each one's template message as "Nova conversa" would (conversation
 * opened or re-opened, message, history lines) and marks it SENT with its message, or FAILED with
 * the reason it was refused. Recipients are locked and re-read as QUEUED inside the transaction, so
 * a retried step or a second run never queues a lead twice.
 * Set-based: a handful of statements whatever the chunk's size.
 */
export async function queueCampaignChunk(db: Db, campaign: ChunkCampaign, context: TemplateContext, limit: number, now = new Date()): Promise<ChunkResult> {
  return db.$transaction(
    async (tx) => {
      // Shared lock: a pause or cancel (which lock the campaign for update) waits for this chunk or runs before it, never between.
      const [running] = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Campaign" WHERE id = ${campaign.id} AND status = 'RUNNING' FOR SHARE`;
      if (!running) return { queued: [], refused: [], sends: [], tierFull: false };
      // The tier is the number's: chunks of any of its campaigns count and queue one after another,
      // each seeing the messages the one before committed (two steps at once sent past it).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`messaging-tier:${campaign.channel.id}`}, 0))`;
      const tier = await tierUse(tx, campaign.channel, now);
      const room = tier.limit === null ? Infinity : Math.max(0, tier.limit - tier.used);
      const take = Math.min(limit, room);
      if (take === 0) return { queued: [], refused: [], sends: [], tierFull: true };
      const recipients = await tx.$queryRaw<{ id: string; leadId: string }[]>`
        SELECT id, "leadId" FROM "CampaignRecipient" WHERE "campaignId" = ${campaign.id} AND status = 'QUEUED'
        ORDER BY id LIMIT ${take} FOR UPDATE SKIP LOCKED`;
      if (recipients.length === 0) return { queued: [], refused: [], sends: [], tierFull: false };
      const leadIds = recipients.map((r) => r.leadId);
      const [leads, conversations] = await Promise.all([loadLeads(tx, leadIds), lockConversations(tx, campaign.channel.id, leadIds)]);
      const planned = recipients.map((r) => planLeadMessage(r, leads.get(r.leadId), conversations.get(r.leadId), context, now));
      const queued = planned.filter((p): p is LeadMessage => !isRefused(p));
      const refused = planned.filter(isRefused);

      await writeConversations(tx, campaign, queued, now);
      await writeMessages(tx, campaign, queued, now);
      await writeHistory(tx, campaign, context, queued, now);
      await markRecipients(tx, queued, refused);
      return {
        queued,
        refused,
        sends: queued.map((q) => ({ messageId: q.messageId, channelId: campaign.channel.id })),
        tierFull: room - queued.length <= 0,
      };
    },
    { timeout: 30_000 },
  );
}

async function loadLeads(tx: Tx, ids: string[]): Promise<Map<string, ChunkLead>> {
  const leads = await tx.lead.findMany({
    where: { id: { in: ids } },
    select: {
      ...TEMPLATE_LEAD_SELECT,
      owner: { select: { id: true, name: true, active: true, canCommunicate: true } },
      developments: { select: { id: true, name: true }, orderBy: { name: "asc" }, take: 1 },
    },
  });
  return new Map(leads.map((lead) => [lead.id, lead]));
}

// Locked in id order, as every batch locks conversations, so a concurrent webhook batch cannot deadlock with it.
async function lockConversations(tx: Tx, channelId: string, leadIds: string[]): Promise<Map<string, ExistingConversation>> {
  const rows = await tx.$queryRaw<ExistingConversation[]>`
    SELECT id, "leadId", status, "initiatedBy", "windowExpiresAt", "assigneeId" FROM "Conversation"
    WHERE "channelId" = ${channelId} AND "leadId" = ANY(${leadIds}::text[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((row) => [row.leadId, row]));
}

async function writeConversations(tx: Tx, campaign: ChunkCampaign, queued: LeadMessage[], now: Date) {
  if (queued.length === 0) return;
  const line = (q: LeadMessage) => lastMessageLine({ type: "TEMPLATE", body: q.rendered.body }).lastMessagePreview;
  const created = queued.filter((q) => q.created);
  if (created.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Conversation" (id, "leadId", "channelId", "assigneeId", status, "initiatedBy", "lastMessageAt", "lastMessagePreview", "lastMessageType",
        "lastMessageDirection", "lastMessageStatus", "createdAt", "updatedAt")
      SELECT v.id, v."leadId", ${campaign.channel.id}, v."assigneeId", 'OPEN', 'BUSINESS', ${now}, v.preview, 'TEMPLATE', 'OUTBOUND', 'QUEUED', ${now}, ${now}
      FROM unnest(${created.map((q) => q.conversationId)}::text[], ${created.map((q) => q.leadId)}::text[], ${created.map((q) => q.assigneeId)}::text[],
                  ${created.map(line)}::text[]) AS v(id, "leadId", "assigneeId", preview)`;
  }
  const existing = queued.filter((q) => !q.created);
  if (existing.length > 0) {
    await tx.$executeRaw`
      UPDATE "Conversation" c SET "assigneeId" = v."assigneeId", "lastMessageAt" = ${now}, "lastMessagePreview" = v.preview, "lastMessageType" = 'TEMPLATE',
        "lastMessageDirection" = 'OUTBOUND', "lastMessageStatus" = 'QUEUED', "updatedAt" = ${now},
        status = CASE WHEN v.restarting THEN 'OPEN'::"ConversationStatus" ELSE c.status END,
        "initiatedBy" = CASE WHEN v.restarting THEN 'BUSINESS'::"Initiator" ELSE c."initiatedBy" END,
        "windowExpiresAt" = CASE WHEN v.restarting THEN NULL ELSE c."windowExpiresAt" END,
        "closedAt" = CASE WHEN v.restarting THEN NULL ELSE c."closedAt" END
      FROM unnest(${existing.map((q) => q.conversationId)}::text[], ${existing.map((q) => q.assigneeId)}::text[], ${existing.map(line)}::text[],
                  ${existing.map((q) => q.restarting)}::boolean[]) AS v(id, "assigneeId", preview, restarting)
      WHERE c.id = v.id`;
  }
}

async function writeMessages(tx: Tx, campaign: ChunkCampaign, queued: LeadMessage[], now: Date) {
  if (queued.length === 0) return;
  const media = queued[0]!.rendered.headerMedia ?? null;
  const content = (q: LeadMessage) => JSON.stringify({ template: { name: q.rendered.template.name, language: q.rendered.template.language, ...(q.rendered.display ?? {}) } });
  await tx.$executeRaw`
    INSERT INTO "Message" (id, "conversationId", direction, type, status, body, "templateId", "templateParams", content, "mediaAssetId", "mediaMimeType",
      "mediaFileName", "mediaSizeBytes", "mediaStorageKey", "senderId", "clientRequestId", "createdAt", "updatedAt")
    SELECT v.id, v."conversationId", 'OUTBOUND', 'TEMPLATE', 'QUEUED', v.body, ${queued[0]!.rendered.template.id}, v.params::jsonb, v.content::jsonb,
      ${media?.mediaAssetId ?? null}, ${media?.mimeType ?? null}, ${media?.fileName ?? null}, ${media?.sizeBytes ?? null}::int, ${media?.storageKey ?? null},
      ${campaign.createdById}, v."requestId", ${now}, ${now}
    FROM unnest(${queued.map((q) => q.messageId)}::text[], ${queued.map((q) => q.conversationId)}::text[], ${queued.map((q) => q.rendered.body)}::text[],
                ${queued.map((q) => JSON.stringify(q.rendered.params))}::text[], ${queued.map(content)}::text[],
                ${queued.map((q) => campaignRequestId(campaign.id, q.leadId))}::text[]) AS v(id, "conversationId", body, params, content, "requestId")`;
}

async function writeHistory(tx: Tx, campaign: ChunkCampaign, context: TemplateContext, queued: LeadMessage[], now: Date) {
  const rows: { id: string; leadId: string; conversationId: string; messageId: string | null; type: string; data: string; at: Date }[] = [];
  const later = new Date(+now + 1);
  for (const q of queued) {
    const base = { leadId: q.leadId, conversationId: q.conversationId };
    if (q.restarting) rows.push({ ...base, id: randomUUID(), messageId: null, type: "CONVERSATION_STARTED", data: JSON.stringify({ channelName: campaign.channel.name, reopened: !q.created }), at: now });
    // A hand-over to nobody (no available owner: the lead's reply is distributed) is no assignment line.
    if (q.previousAssigneeId && q.assigneeId) {
      rows.push({ ...base, id: randomUUID(), messageId: null, type: "CONVERSATION_ASSIGNED", data: JSON.stringify({ assigneeId: q.assigneeId, previousAssigneeId: q.previousAssigneeId }), at: now });
    }
    // One millisecond later so that, newest first, the template reads above the conversation start.
    const data = { templateName: context.template.name, channelName: campaign.channel.name, campaignId: campaign.id, campaignName: campaign.name };
    rows.push({ ...base, id: randomUUID(), messageId: q.messageId, type: "TEMPLATE_SENT", data: JSON.stringify(data), at: later });
  }
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "LeadEvent" (id, "leadId", "conversationId", "messageId", "actorId", type, data, "createdAt")
    SELECT v.id, v."leadId", v."conversationId", v."messageId", ${campaign.createdById}, v.type::"LeadEventType", v.data::jsonb, v.at
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.leadId)}::text[], ${rows.map((r) => r.conversationId)}::text[],
                ${rows.map((r) => r.messageId)}::text[], ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.data)}::text[],
                ${rows.map((r) => r.at)}::timestamptz[]) AS v(id, "leadId", "conversationId", "messageId", type, data, at)`;
}

async function markRecipients(tx: Tx, queued: LeadMessage[], refused: LeadRefused[]) {
  const ids = [...queued.map((q) => q.recipientId), ...refused.map((r) => r.recipientId)];
  if (ids.length === 0) return;
  const statuses = [...queued.map(() => "SENT"), ...refused.map(() => "FAILED")];
  const messageIds = [...queued.map((q) => q.messageId), ...refused.map(() => null)];
  const reasons = [...queued.map(() => null), ...refused.map((r) => r.reasonCode)];
  await tx.$executeRaw`
    UPDATE "CampaignRecipient" r SET status = v.status::"CampaignRecipientStatus", "messageId" = v."messageId", "reasonCode" = v.reason, "notBefore" = NULL, "updatedAt" = now()
    FROM unnest(${ids}::text[], ${statuses}::text[], ${messageIds}::text[], ${reasons}::text[]) AS v(id, status, "messageId", reason)
    WHERE r.id = v.id AND r.status = 'QUEUED'`;
}
