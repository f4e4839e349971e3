import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import type { Jobs } from "@/server/jobs/jobs";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { publish } from "@/server/realtime/publish";
import { assertVisible } from "@/server/auth/conversation-visibility";
import { canChangeConversation } from "./conversation-abilities";
import { requestSummaryQuietly } from "./request-summary";

// Closing ends the broker's work on it; a new message from the lead reopens it (webhook).
export async function closeConversation(db: Db, actor: Actor, conversationId: string, deps: { publish: typeof publish; jobs?: Jobs } = { publish, jobs: inngestJobs }) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({ where: { id: conversationId }, select: { id: true, leadId: true, assigneeId: true, status: true, channel: { select: { assistantEnabled: true } } } }),
  );
  if (!canChangeConversation(actor, conversation.assigneeId)) throw new AppError("FORBIDDEN", "inbox.cannotClose");
  if (conversation.status === "CLOSED") return { changed: false };
  await db.$transaction([
    db.conversation.update({ where: { id: conversationId }, data: { status: "CLOSED", closedAt: new Date(), unreadCount: 0 } }),
    db.leadEvent.create({ data: { leadId: conversation.leadId, conversationId, type: "CONVERSATION_CLOSED", actorId: actor.id } }),
  ]);
  await deps.publish(conversationPushes(conversation, [{ name: "conversation.updated", data: { conversationId } }]));
  await requestSummaryQuietly(deps.jobs ?? inngestJobs, conversation, "close");
  return { changed: true };
}
