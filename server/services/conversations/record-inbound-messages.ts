import "server-only";
import { ConversationStatus, Initiator, MessageDirection, MessageStatus, type Prisma } from "@/generated/prisma/client";
import type { LastMessageLine } from "./message-preview";
import type { ConversationState } from "./upsert-conversation";

type Tx = Prisma.TransactionClient;

export type InboundSummary = {
  // The newest of the new messages, for the inbox line.
  latest: { at: Date } & LastMessageLine;
  // The newest message that opens the service window; null when none does (system notices).
  windowFrom: Date | null;
  unread: number;
};

export type InboundEffect = { reopened: boolean; armedUntil: Date | null; assigned: boolean };

const HOUR_MS = 3_600_000;
const later = (a: Date | null, b: Date) => (a && a >= b ? a : b);

/**
 * Applies newly received messages to their (locked) conversation in one update: the service
 * window restarts at the lead's message, an expired or closed conversation opens again while
 * that window lasts, and an unassigned one gets `assigneeId`. Messages Meta delivers out of
 * order never move "last message" or the window backwards.
 */
export async function recordInboundMessages(
  tx: Tx,
  input: { conversation: ConversationState; summary: InboundSummary; windowHours: number; assigneeId: string | null; now: Date },
): Promise<InboundEffect> {
  const { conversation, summary } = input;
  const data: Prisma.ConversationUncheckedUpdateInput = { unreadCount: { increment: summary.unread } };
  if (summary.latest.at >= conversation.lastMessageAt) {
    data.lastMessageAt = summary.latest.at;
    data.lastMessagePreview = summary.latest.lastMessagePreview;
    data.lastMessageType = summary.latest.lastMessageType;
    data.lastMessageDirection = MessageDirection.INBOUND;
    data.lastMessageStatus = MessageStatus.RECEIVED;
  }
  const effect: InboundEffect = { reopened: false, armedUntil: null, assigned: false };
  if (summary.windowFrom) {
    data.lastInboundAt = later(conversation.lastInboundAt, summary.windowFrom);
    const until = new Date(summary.windowFrom.getTime() + input.windowHours * HOUR_MS);
    const extended = !conversation.windowExpiresAt || until > conversation.windowExpiresAt;
    if (extended) data.windowExpiresAt = until;
    const end = later(conversation.windowExpiresAt, until);
    const reopening = conversation.status !== ConversationStatus.OPEN && end > input.now;
    if (reopening) {
      data.status = ConversationStatus.OPEN;
      data.closedAt = null;
      data.initiatedBy = Initiator.LEAD;
      effect.reopened = true;
    }
    // An open conversation's live window already has its sleeper (conversation/expire), which
    // follows a later end when it wakes: only a window opening (again) needs one.
    const sleeperRunning = conversation.status === ConversationStatus.OPEN && !!conversation.windowExpiresAt && conversation.windowExpiresAt > input.now;
    if ((extended || reopening) && !sleeperRunning) effect.armedUntil = end;
  }
  if (!conversation.assigneeId && input.assigneeId) {
    data.assigneeId = input.assigneeId;
    effect.assigned = true;
  }
  await tx.conversation.update({ where: { id: conversation.id }, data, select: { id: true } });
  return effect;
}
