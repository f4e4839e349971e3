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

type UpsertInput = { leadId: string; channelId: string; initiatedBy: Initiator; firstMessageAt: Date };

/**
 * upsertConversation for several (lead, number) pairs, in the order given: those that exist are
 * read and locked in one statement (in id order, as every batch locks them), the others created.
 */
export async function upsertConversations(tx: Tx, inputs: UpsertInput[]): Promise<ConversationState[]> {
  if (inputs.length === 0) return [];
  const existing = await tx.$queryRaw<(ConversationState & { leadId: string; channelId: string })[]>`
    SELECT "id", "status", "assigneeId", "windowExpiresAt", "lastInboundAt", "lastMessageAt", "leadId", "channelId" FROM "Conversation"
    WHERE ("leadId", "channelId") IN (SELECT * FROM unnest(${inputs.map((i) => i.leadId)}::text[], ${inputs.map((i) => i.channelId)}::text[]))
    ORDER BY "id" FOR UPDATE`;
  const byPair = new Map(existing.map(({ leadId, channelId, ...state }) => [`${leadId}|${channelId}`, state]));
  const states: ConversationState[] = [];
  for (const input of inputs) states.push(byPair.get(`${input.leadId}|${input.channelId}`) ?? (await upsertConversation(tx, input)));
  return states;
}
