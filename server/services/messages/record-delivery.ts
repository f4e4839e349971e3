import "server-only";
import { LeadEventType, MessageStatus, MessageType } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { conversationChannel, type Push } from "@/server/realtime/channels";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { touchLastMessageStatus } from "@/server/services/conversations/last-message-status";
import { failureColumns, type DeliveryFailure } from "./delivery-failures";
import { META_MARKETING_OPT_OUT, recordMarketingOptOuts } from "@/server/services/leads/marketing-opt-out";
import { writeLeadEvents, type LeadEventDraft } from "@/server/services/leads/lead-events";

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
      data: { wamid, status: MessageStatus.SENT, sentAt, errorCode: null, errorTitle: null, errorDetail: null, failureReason: null, failureParams: Prisma.DbNull },
    });
    if (updated.count === 0) return false;
    await touchLastMessageStatus(tx, message.conversation.id, message.id, MessageStatus.SENT);
    const type = message.type === MessageType.TEMPLATE ? LeadEventType.TEMPLATE_SENT : LeadEventType.MESSAGE_SENT;
    await writeHistoryOnce(tx, message, type, { wamid });
    return true;
  });
}

export async function recordFailed(db: Db, message: DeliveredMessage, failure: DeliveryFailure, failedAt = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.message.updateMany({
      where: stillQueued(message.id),
      data: { status: MessageStatus.FAILED, failedAt, ...failureColumns(failure) },
    });
    if (updated.count === 0) return false;
    await touchLastMessageStatus(tx, message.conversation.id, message.id, MessageStatus.FAILED);
    await writeHistoryOnce(tx, message, LeadEventType.MESSAGE_FAILED, { code: failure.code, failureReason: failure.reason, failureParams: failure.params });
    if (failure.code === META_MARKETING_OPT_OUT) {
      const events: LeadEventDraft[] = [];
      await recordMarketingOptOuts(tx, [{ leadId: message.conversation.leadId, conversationId: message.conversation.id, messageId: message.id, at: failedAt, metaCode: failure.code }], events);
      await writeLeadEvents(tx, [{ drafts: events, at: new Date(+failedAt + 1) }]);
    }
    return true;
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
