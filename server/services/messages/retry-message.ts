import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { actorRefusals, channelRefusal, refusalError } from "@/server/services/conversations/template-eligibility";
import { assertVisible } from "@/server/auth/conversation-visibility";
import { MESSAGE_SELECT, toMessageView } from "./message-view";
import { defaultOutboundDeps, type OutboundDeps } from "./outbound-deps";

/** "Tentar novamente" on a failed outbound message: back to QUEUED and to Inngest once more. */
export async function retryMessage(db: Db, actor: Actor, input: { conversationId: string; messageId: string }, deps: OutboundDeps = defaultOutboundDeps) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({
      where: { id: input.conversationId },
      select: { id: true, assigneeId: true, windowExpiresAt: true, channel: { select: { enabled: true, mode: true, canStartConversations: true } } },
    }),
  );
  const row = await db.message.findFirst({ where: { id: input.messageId, conversationId: conversation.id, direction: "OUTBOUND" }, select: MESSAGE_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "inbox.messageNotFound");
  const view = toMessageView(row);
  if (!view.error?.retryable) throw new AppError("PRECONDITION_FAILED", "inbox.notRetryable");
  // Resending a template is active sending again: the same checks as starting a conversation with one.
  if (row.type === "TEMPLATE") {
    const refusal = actorRefusals(actor)[0] ?? channelRefusal(conversation.channel);
    if (refusal) throw refusalError(refusal);
  }
  if (!actor.canCommunicate) throw new AppError("FORBIDDEN", "inbox.communicationDisabled");
  if (!conversation.channel.enabled) throw new AppError("PRECONDITION_FAILED", "inbox.channelDisabled");
  const now = deps.now();
  const windowOpen = conversation.windowExpiresAt !== null && conversation.windowExpiresAt > now;
  if (row.type !== "TEMPLATE" && !windowOpen) throw new AppError("PRECONDITION_FAILED", "inbox.windowClosed");

  const { count } = await db.message.updateMany({
    where: { id: row.id, status: "FAILED" },
    data: { status: "QUEUED", errorCode: null, errorTitle: null, errorDetail: null, failureReason: null, failureParams: Prisma.DbNull, failedAt: null },
  });
  if (count === 0) return { retried: false };
  await deps.jobs.retrySend(row.id, row.failedAt ?? now);
  const data = { conversationId: conversation.id, messageId: row.id, status: "QUEUED" };
  await deps.publish(conversationPushes(conversation, [{ name: "message.updated", data }]));
  return { retried: true };
}
