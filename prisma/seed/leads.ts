import type { PrismaClient } from "../../generated/prisma/client";
import { ConversationStatus, Initiator, LeadEventType, LeadOrigin, MessageDirection, MessageStatus, MessageType } from "../../generated/prisma/enums";
import { brazilPhoneKey } from "../../server/meta/phone";
import { uniqueSuffix } from "./unique";

const randomMobile = () => `+55119${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

export async function seedLead(
  db: PrismaClient,
  input: { name?: string; phone?: string; ownerId?: string; queueId?: string; developmentIds?: string[]; tagIds?: string[]; origin?: LeadOrigin } = {},
) {
  const phone = input.phone ?? randomMobile();
  const lead = await db.lead.create({
    data: {
      name: input.name ?? `Lead ${uniqueSuffix()}`,
      phoneE164: phone,
      phoneKey: brazilPhoneKey(phone),
      waId: phone.replace(/\D/g, ""),
      origin: input.origin ?? LeadOrigin.WHATSAPP,
      ownerId: input.ownerId,
      queueId: input.queueId,
      developments: input.developmentIds ? { connect: input.developmentIds.map((id) => ({ id })) } : undefined,
      tags: input.tagIds ? { connect: input.tagIds.map((id) => ({ id })) } : undefined,
    },
  });
  await db.leadEvent.create({ data: { leadId: lead.id, type: LeadEventType.LEAD_CREATED } });
  return lead;
}

type SeedMessage = { direction: MessageDirection; body: string; minutesAgo: number; status?: MessageStatus; senderId?: string };

export async function seedConversation(
  db: PrismaClient,
  input: { leadId: string; channelId: string; assigneeId?: string; messages?: SeedMessage[]; windowHours?: number },
) {
  const messages = input.messages ?? [{ direction: MessageDirection.INBOUND, body: "Olá! Gostaria de saber mais sobre o empreendimento.", minutesAgo: 30 }];
  const at = (m: SeedMessage) => new Date(Date.now() - m.minutesAgo * 60_000);
  const inbound = messages.filter((m) => m.direction === MessageDirection.INBOUND).map(at).sort((a, b) => +b - +a)[0];
  const last = [...messages].sort((a, b) => a.minutesAgo - b.minutesAgo)[0];
  const windowExpiresAt = inbound ? new Date(+inbound + (input.windowHours ?? 24) * 3_600_000) : null;
  const conversation = await db.conversation.create({
    data: {
      leadId: input.leadId,
      channelId: input.channelId,
      assigneeId: input.assigneeId,
      status: windowExpiresAt && windowExpiresAt > new Date() ? ConversationStatus.OPEN : ConversationStatus.EXPIRED,
      initiatedBy: messages[0]?.direction === MessageDirection.OUTBOUND ? Initiator.BUSINESS : Initiator.LEAD,
      windowExpiresAt,
      lastInboundAt: inbound ?? null,
      lastMessageAt: last ? at(last) : new Date(),
      lastMessagePreview: last?.body.slice(0, 120),
      lastMessageType: last ? MessageType.TEXT : undefined,
      lastMessageDirection: last?.direction,
      lastMessageStatus: last ? (last.status ?? (last.direction === MessageDirection.INBOUND ? MessageStatus.RECEIVED : MessageStatus.READ)) : undefined,
      unreadCount: messages.filter((m) => m.direction === MessageDirection.INBOUND && m.minutesAgo <= (last?.minutesAgo ?? 0)).length,
    },
  });
  for (const m of messages) {
    const createdAt = at(m);
    const outbound = m.direction === MessageDirection.OUTBOUND;
    const message = await db.message.create({
      data: {
        conversationId: conversation.id,
        direction: m.direction,
        type: MessageType.TEXT,
        body: m.body,
        wamid: `wamid.seed.${uniqueSuffix()}${uniqueSuffix()}`,
        status: m.status ?? (outbound ? MessageStatus.READ : MessageStatus.RECEIVED),
        senderId: outbound ? (m.senderId ?? input.assigneeId) : null,
        createdAt,
        metaTimestamp: createdAt,
      },
    });
    await db.leadEvent.create({
      data: {
        leadId: input.leadId,
        conversationId: conversation.id,
        messageId: message.id,
        type: outbound ? LeadEventType.MESSAGE_SENT : LeadEventType.MESSAGE_RECEIVED,
        actorId: outbound ? (m.senderId ?? input.assigneeId) : null,
        createdAt,
      },
    });
  }
  return conversation;
}
