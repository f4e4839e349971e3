import "server-only";
import { randomUUID } from "node:crypto";
import { LeadEventType, MessageStatus, MessageType } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import { rawQuery, type Db } from "@/server/db";
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
    if (failure.code === META_MARKETING_OPT_OUT) {
      const events: LeadEventDraft[] = [];
      await recordMarketingOptOuts(tx, [{ leadId: message.conversation.leadId, conversationId: message.conversation.id, messageId: message.id, at: failedAt, metaCode: failure.code }], events);
      await writeLeadEvents(tx, [{ drafts: events, at: new Date(+failedAt + 1) }]);
    }
    return true;
  });
}

export type SentMessage = { message: DeliveredMessage; wamid: string; sentAt: Date };

/**
 * recordSent for many messages at once (a batch run's sends), in one statement: the messages still
 * waiting become SENT with their wamid, their conversations' ticks follow where each is the latest
 * message (as touchLastMessageStatuses decides), and each gets its history line unless it has one.
 * Returns the sends this call moved to SENT: the others had moved on already.
 */
export async function recordSentMany(db: Db, sends: SentMessage[]): Promise<SentMessage[]> {
  if (sends.length === 0) return [];
  // Through pg straight (rawQuery): Prisma's raw queries cost the app several times the CPU, and a
  // campaign records thousands of these a minute.
  const moved = await rawQuery<{ id: string }>(
    db,
    `WITH v(id, wamid, "sentAt", "eventId") AS (SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[])),
    moved AS (
      UPDATE "Message" m SET wamid = v.wamid, status = 'SENT', "sentAt" = v."sentAt", "errorCode" = NULL, "errorTitle" = NULL,
        "errorDetail" = NULL, "failureReason" = NULL, "failureParams" = NULL, "sendClaimId" = NULL, "sendClaimedUntil" = NULL, "updatedAt" = now()
      FROM v WHERE m.id = v.id AND m.status = 'QUEUED' AND m.wamid IS NULL
      RETURNING m.id, m."conversationId", m.type, m."senderId", v.wamid, v."eventId"
    ),
    ticks AS (
      UPDATE "Conversation" c SET "lastMessageStatus" = 'SENT', "updatedAt" = now()
      FROM moved
      WHERE c.id = moved."conversationId" AND c."lastMessageDirection" = 'OUTBOUND'
        AND moved.id = (SELECT l.id FROM "Message" l WHERE l."conversationId" = c.id ORDER BY l."createdAt" DESC, l.id DESC LIMIT 1)
      RETURNING c.id
    ),
    lines AS (
      SELECT moved.*, c."leadId", CAST(CASE WHEN moved.type = 'TEMPLATE' THEN 'TEMPLATE_SENT' ELSE 'MESSAGE_SENT' END AS "LeadEventType") AS kind
      FROM moved JOIN "Conversation" c ON c.id = moved."conversationId"
    ),
    history AS (
      INSERT INTO "LeadEvent" (id, "leadId", "conversationId", "messageId", "actorId", type, data)
      SELECT l."eventId", l."leadId", l."conversationId", l.id, l."senderId", l.kind, jsonb_build_object('wamid', l.wamid)
      FROM lines l
      WHERE NOT EXISTS (SELECT 1 FROM "LeadEvent" e WHERE e."leadId" = l."leadId" AND e."messageId" = l.id AND e.type = l.kind)
      RETURNING id
    )
    SELECT id FROM moved`,
    [sends.map((s) => s.message.id), sends.map((s) => s.wamid), sends.map((s) => s.sentAt.toISOString()), sends.map(() => randomUUID())],
  );
  const movedIds = new Set(moved.map((row) => row.id));
  return sends.filter((s) => movedIds.has(s.message.id));
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
