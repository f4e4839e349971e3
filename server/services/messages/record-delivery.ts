import "server-only";
import { LeadEventType, MessageStatus, MessageType } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { conversationChannel, type Push } from "@/server/realtime/channels";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { touchLastMessageStatus, touchLastMessageStatuses } from "@/server/services/conversations/last-message-status";
import { failureColumns, type DeliveryFailure } from "./delivery-failures";

type Tx = Prisma.TransactionClient;

export type DeliveredMessage = {
  id: string;
  type: MessageType;
  senderId: string | null;
  createdAt: Date;
  conversation: { id: string; assigneeId: string | null; leadId: string };
};

// Only a message still waiting may change: a status webhook or another run may have moved it on.
const stillQueued = (id: string) => ({ id, status: MessageStatus.QUEUED, wamid: null });
// A recorded outcome ends the attempt's claim on the message (send-claim.ts).
const claimEnded = { sendClaimId: null, sendClaimedUntil: null };

const sentHistoryType = (message: DeliveredMessage) => (message.type === MessageType.TEMPLATE ? LeadEventType.TEMPLATE_SENT : LeadEventType.MESSAGE_SENT);

// The lead page writes TEMPLATE_SENT when it queues a template; never write the line twice.
async function writeHistoryOnce(tx: Tx, message: DeliveredMessage, type: LeadEventType, data: Prisma.InputJsonValue) {
  const written = await tx.leadEvent.findFirst({ where: { leadId: message.conversation.leadId, messageId: message.id, type }, select: { id: true } });
  if (written) return;
  await tx.leadEvent.create({
    data: { leadId: message.conversation.leadId, conversationId: message.conversation.id, messageId: message.id, actorId: message.senderId, type, data },
  });
}

export async function recordSent(db: Db, message: DeliveredMessage, wamid: string, sentAt = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.message.updateMany({
      where: stillQueued(message.id),
      data: { wamid, status: MessageStatus.SENT, sentAt, errorCode: null, errorTitle: null, errorDetail: null, failureReason: null, failureParams: Prisma.DbNull, ...claimEnded },
    });
    if (updated.count === 0) return false;
    await touchLastMessageStatus(tx, message.conversation.id, message.id, MessageStatus.SENT);
    await writeHistoryOnce(tx, message, sentHistoryType(message), { wamid });
    return true;
  });
}

export async function recordFailed(db: Db, message: DeliveredMessage, failure: DeliveryFailure, failedAt = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.message.updateMany({
      where: stillQueued(message.id),
      data: { status: MessageStatus.FAILED, failedAt, ...failureColumns(failure), ...claimEnded },
    });
    if (updated.count === 0) return false;
    await touchLastMessageStatus(tx, message.conversation.id, message.id, MessageStatus.FAILED);
    await writeHistoryOnce(tx, message, LeadEventType.MESSAGE_FAILED, { code: failure.code, failureReason: failure.reason, failureParams: failure.params });
    return true;
  });
}

export type SentMessage = { message: DeliveredMessage; wamid: string; sentAt: Date };

/**
 * recordSent for many messages in one transaction of a few set-based statements (a batch run's
 * sends). Returns the messages this call moved to SENT: the others had moved on already.
 */
export async function recordSentMany(db: Db, sends: SentMessage[]): Promise<SentMessage[]> {
  if (sends.length === 0) return [];
  return db.$transaction(async (tx) => {
    const values = sends.map((s) => Prisma.sql`(${s.message.id}, ${s.wamid}, ${s.sentAt}::timestamptz)`);
    const updated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Message" m SET wamid = v.wamid, status = 'SENT', "sentAt" = v."sentAt", "errorCode" = NULL, "errorTitle" = NULL,
        "errorDetail" = NULL, "failureReason" = NULL, "failureParams" = NULL, "sendClaimId" = NULL, "sendClaimedUntil" = NULL, "updatedAt" = now()
      FROM (VALUES ${Prisma.join(values)}) AS v(id, wamid, "sentAt")
      WHERE m.id = v.id AND m.status = 'QUEUED' AND m.wamid IS NULL
      RETURNING m.id`;
    const movedIds = new Set(updated.map((row) => row.id));
    const moved = sends.filter((s) => movedIds.has(s.message.id));
    if (moved.length === 0) return [];
    await touchLastMessageStatuses(tx, MessageStatus.SENT, moved.map((s) => ({ conversationId: s.message.conversation.id, messageId: s.message.id })));
    // The history line once per message, as writeHistoryOnce does one by one.
    const written = await tx.leadEvent.findMany({
      where: { leadId: { in: [...new Set(moved.map((s) => s.message.conversation.leadId))] }, messageId: { in: [...movedIds] }, type: { in: [LeadEventType.MESSAGE_SENT, LeadEventType.TEMPLATE_SENT] } },
      select: { messageId: true, type: true },
    });
    const seen = new Set(written.map((e) => `${e.messageId}:${e.type}`));
    const lines = moved
      .filter((s) => !seen.has(`${s.message.id}:${sentHistoryType(s.message)}`))
      .map((s) => ({
        leadId: s.message.conversation.leadId,
        conversationId: s.message.conversation.id,
        messageId: s.message.id,
        actorId: s.message.senderId,
        type: sentHistoryType(s.message),
        data: { wamid: s.wamid },
      }));
    if (lines.length > 0) await tx.leadEvent.createMany({ data: lines });
    return moved;
  });
}

/** While retrying, the last problem is kept on the QUEUED message; if every retry fails it becomes the reason. */
export async function notePendingProblem(db: Db, messageId: string, problem: { code: number | null; title: string }) {
  await db.message.updateMany({ where: stillQueued(messageId), data: { errorCode: problem.code, errorTitle: problem.title } });
}

export function deliveryPushes(message: DeliveredMessage, status: MessageStatus): Push[] {
  const conversationId = message.conversation.id;
  return [
    { channel: conversationChannel(conversationId), event: { name: "message.updated", data: { conversationId, messageId: message.id, status } } },
    ...conversationPushes(message.conversation, [{ name: "conversation.updated", data: { conversationId } }]),
  ];
}
