import "server-only";
import { Initiator, type Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const conversationStateSelect = {
  id: true,
  status: true,
  assigneeId: true,
  windowExpiresAt: true,
  lastInboundAt: true,
  lastMessageAt: true,
} satisfies Prisma.ConversationSelect;

export type ConversationState = Prisma.ConversationGetPayload<{ select: typeof conversationStateSelect }>;

/**
 * The one conversation of a lead on a number, created on first contact. A single
 * INSERT … ON CONFLICT DO UPDATE: concurrent deliveries never fail, and the row stays locked
 * until commit so the counters read here can be updated without a race.
 */
export function upsertConversation(tx: Tx, input: { leadId: string; channelId: string; initiatedBy: Initiator; firstMessageAt: Date }) {
  return tx.conversation.upsert({
    where: { leadId_channelId: { leadId: input.leadId, channelId: input.channelId } },
    create: {
      leadId: input.leadId,
      channelId: input.channelId,
      initiatedBy: input.initiatedBy,
      // The first message's own time, so that it (and not the row's creation) sets "last message".
      lastMessageAt: input.firstMessageAt,
    },
    update: { updatedAt: new Date() },
    select: conversationStateSelect,
  });
}
