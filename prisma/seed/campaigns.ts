import type { PrismaClient } from "../../generated/prisma/client";
import { CampaignRecipientStatus, CampaignStatus, ConversationStatus, Initiator, MessageDirection, MessageStatus, MessageType } from "../../generated/prisma/enums";
import { uniqueSuffix } from "./unique";

export async function seedCampaign(
  db: PrismaClient,
  input: { channelId: string; templateId: string; name?: string; status?: CampaignStatus; pauseReasonCode?: string | null; createdById?: string; startedAt?: Date | null },
) {
  return db.campaign.create({
    data: {
      name: input.name ?? `Campanha ${uniqueSuffix()}`,
      channelId: input.channelId,
      templateId: input.templateId,
      segment: {},
      sendingFromMinute: 9 * 60,
      sendingUntilMinute: 20 * 60,
      status: input.status ?? CampaignStatus.RUNNING,
      pauseReasonCode: input.pauseReasonCode ?? null,
      startedAt: input.startedAt === undefined ? new Date() : input.startedAt,
      createdById: input.createdById,
    },
  });
}

/** Where a seeded recipient stands: what the engine wrote, then how far its message got. */
export type SeededRecipientState =
  | { kind: "WAITING" }
  | { kind: "HELD"; reasonCode: string; notBefore?: Date }
  | { kind: "REFUSED"; reasonCode: string }
  | { kind: "MESSAGE"; status: "QUEUED" | "SENT" | "DELIVERED" | "READ"; sentAt?: Date; deliveredAt?: Date; readAt?: Date; repliedAt?: Date }
  | { kind: "MESSAGE_FAILED"; errorCode?: number; failureReason?: string; sentAt?: Date; failedAt?: Date };

/** A campaign recipient in a given state, with the campaign message (and the lead's reply) when it has one. */
export async function seedCampaignRecipient(db: PrismaClient, input: { campaignId: string; channelId: string; templateId: string; leadId: string; state: SeededRecipientState }) {
  const { state } = input;
  const base = { campaignId: input.campaignId, leadId: input.leadId };
  if (state.kind === "WAITING") return db.campaignRecipient.create({ data: { ...base, status: CampaignRecipientStatus.QUEUED } });
  if (state.kind === "HELD") {
    return db.campaignRecipient.create({ data: { ...base, status: CampaignRecipientStatus.HELD, reasonCode: state.reasonCode, notBefore: state.notBefore ?? new Date(Date.now() + 86_400_000) } });
  }
  if (state.kind === "REFUSED") return db.campaignRecipient.create({ data: { ...base, status: CampaignRecipientStatus.FAILED, reasonCode: state.reasonCode } });

  const createdAt = new Date(+(state.sentAt ?? new Date()) - 1_000);
  const conversation = await db.conversation.upsert({
    where: { leadId_channelId: { leadId: input.leadId, channelId: input.channelId } },
    update: {},
    create: { leadId: input.leadId, channelId: input.channelId, status: ConversationStatus.EXPIRED, initiatedBy: Initiator.BUSINESS, lastMessageAt: createdAt },
  });
  const failed = state.kind === "MESSAGE_FAILED";
  const message = await db.message.create({
    data: {
      conversationId: conversation.id,
      direction: MessageDirection.OUTBOUND,
      type: MessageType.TEMPLATE,
      templateId: input.templateId,
      wamid: state.kind === "MESSAGE" && state.status === "QUEUED" ? null : `wamid.campaign.${uniqueSuffix()}${uniqueSuffix()}`,
      status: failed ? MessageStatus.FAILED : state.status,
      errorCode: failed ? (state.errorCode ?? null) : null,
      failureReason: failed ? (state.failureReason ?? null) : null,
      sentAt: state.sentAt ?? null,
      deliveredAt: state.kind === "MESSAGE" ? (state.deliveredAt ?? null) : null,
      readAt: state.kind === "MESSAGE" ? (state.readAt ?? null) : null,
      failedAt: failed ? (state.failedAt ?? new Date()) : null,
      createdAt,
    },
  });
  if (state.kind === "MESSAGE" && state.repliedAt) {
    await db.message.create({
      data: { conversationId: conversation.id, direction: MessageDirection.INBOUND, type: MessageType.TEXT, body: "Quero agendar uma visita", status: MessageStatus.RECEIVED, wamid: `wamid.reply.${uniqueSuffix()}${uniqueSuffix()}`, createdAt: state.repliedAt },
    });
  }
  return db.campaignRecipient.create({ data: { ...base, status: CampaignRecipientStatus.SENT, messageId: message.id } });
}
