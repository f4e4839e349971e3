import "server-only";
import { ConversationStatus, Initiator, LeadEventType } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { publish as publishPushes } from "@/server/realtime/publish";
import type { Push } from "@/server/realtime/channels";
import { conversationPushes } from "@/server/realtime/conversation-pushes";

export type ExpiryResult = "expired" | "closed" | "rearmed" | "not-open" | "missing";

const HOUR_MS = 3_600_000;
// The same window armed twice may differ by the clock of whoever computed it.
const SAME_WINDOW_TOLERANCE_MS = 1_000;

type Loaded = { id: string; leadId: string; initiatedBy: Initiator; windowExpiresAt: Date | null; createdAt: Date; windowHours: number };

// A business-initiated conversation has no window until the lead replies; its deadline runs from
// its latest (re)start, the CONVERSATION_STARTED line the lead page writes.
async function unansweredDeadline(db: Db, conversation: Loaded): Promise<Date> {
  const started = await db.leadEvent.findFirst({
    where: { leadId: conversation.leadId, conversationId: conversation.id, type: LeadEventType.CONVERSATION_STARTED },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return new Date((started?.createdAt ?? conversation.createdAt).getTime() + conversation.windowHours * HOUR_MS);
}

/** When the conversation's window (or an unanswered start's reply time) ends; null when it is not open. */
export async function windowDeadline(db: Db, conversationId: string): Promise<Date | null> {
  const row = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { id: true, leadId: true, status: true, initiatedBy: true, windowExpiresAt: true, createdAt: true, channel: { select: { windowHours: true } } },
  });
  if (!row || row.status !== ConversationStatus.OPEN) return null;
  if (row.windowExpiresAt) return row.windowExpiresAt;
  return row.initiatedBy === Initiator.BUSINESS ? unansweredDeadline(db, { ...row, windowHours: row.channel.windowHours }) : null;
}

/**
 * Ends a conversation's window armed for `armedFor`, unless it moved since (a newer inbound message,
 * a restart): an unanswered business-initiated conversation is CLOSED, any other EXPIRED (from now
 * on only a template reaches the lead). Time is not re-checked here: the caller slept until the
 * deadline (in tests, on the executor's test clock).
 */
export async function expireWindow(
  db: Db,
  conversationId: string,
  armedFor: Date,
  publish: (pushes: Push[]) => Promise<void> = publishPushes,
  now = new Date(),
): Promise<ExpiryResult> {
  const row = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      leadId: true,
      assigneeId: true,
      status: true,
      initiatedBy: true,
      windowExpiresAt: true,
      createdAt: true,
      channel: { select: { windowHours: true } },
    },
  });
  if (!row) return "missing";
  if (row.status !== ConversationStatus.OPEN) return "not-open";
  const conversation = { ...row, windowHours: row.channel.windowHours };
  const unanswered = row.windowExpiresAt === null && row.initiatedBy === Initiator.BUSINESS;
  const deadline = row.windowExpiresAt ?? (unanswered ? await unansweredDeadline(db, conversation) : null);
  if (deadline && deadline.getTime() > armedFor.getTime() + SAME_WINDOW_TOLERANCE_MS) return "rearmed";

  const changed = await db.$transaction(async (tx) => {
    const updated = await tx.conversation.updateMany({
      where: { id: row.id, status: ConversationStatus.OPEN, windowExpiresAt: row.windowExpiresAt },
      data: unanswered ? { status: ConversationStatus.CLOSED, closedAt: now } : { status: ConversationStatus.EXPIRED },
    });
    if (updated.count === 0) return false;
    await tx.leadEvent.create({
      data: {
        leadId: row.leadId,
        conversationId: row.id,
        type: unanswered ? LeadEventType.CONVERSATION_CLOSED : LeadEventType.CONVERSATION_EXPIRED,
        data: { reason: unanswered ? "no_reply" : "window_ended", windowExpiresAt: armedFor.toISOString() },
        createdAt: now,
      },
    });
    return true;
  });
  // Lost a race with an inbound message that moved the window: that message re-armed it.
  if (!changed) return "rearmed";
  await publish(conversationPushes(row, [{ name: "conversation.updated", data: { conversationId: row.id } }]));
  return unanswered ? "closed" : "expired";
}
