import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import type { Jobs } from "@/server/jobs/jobs";
import { inboxChannel } from "@/server/realtime/channels";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { publish } from "@/server/realtime/publish";
import { recordAudit } from "@/server/services/audit/record-audit";
import { assertVisible, seesEveryConversation } from "@/server/auth/conversation-visibility";
import { inboxUsersWhere } from "./list-assignable-users";
import { requestSummaryQuietly } from "./request-summary";

type Deps = { publish: typeof publish; jobs?: Jobs };

/**
 * Managers assign anyone who may use the inbox (or return the conversation to nobody); the assignee
 * may hand it to another broker. The lead's history, the audit log and the new assignee hear of it.
 */
export async function assignConversation(db: Db, actor: Actor, input: { conversationId: string; assigneeId: string | null }, deps: Deps = { publish, jobs: inngestJobs }) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({
      where: { id: input.conversationId },
      select: { id: true, leadId: true, assigneeId: true, assignee: { select: { name: true } }, lead: { select: { name: true, phoneE164: true } }, channel: { select: { assistantEnabled: true } } },
    }),
  );
  const manages = seesEveryConversation(actor);
  if (!manages && (conversation.assigneeId !== actor.id || input.assigneeId === null)) throw new AppError("FORBIDDEN", "inbox.cannotAssign");
  if (conversation.assigneeId === input.assigneeId) return { changed: false };

  const target = input.assigneeId
    ? await db.user.findFirst({ where: { AND: [{ id: input.assigneeId }, inboxUsersWhere] }, select: { id: true, name: true } })
    : null;
  if (input.assigneeId && !target) throw new AppError("BAD_REQUEST", "inbox.assigneeCannotUseInbox");

  const notification = await db.$transaction(async (tx) => {
    await tx.conversation.update({ where: { id: conversation.id }, data: { assigneeId: target?.id ?? null } });
    const data = { fromId: conversation.assigneeId, fromName: conversation.assignee?.name ?? null, toId: target?.id ?? null, toName: target?.name ?? null };
    await tx.leadEvent.create({ data: { leadId: conversation.leadId, conversationId: conversation.id, type: "CONVERSATION_ASSIGNED", actorId: actor.id, data } });
    await recordAudit(tx, { actorId: actor.id, action: "conversation.assigned", entityType: "Conversation", entityId: conversation.id, data });
    if (!target || target.id === actor.id) return null;
    return tx.notification.create({
      data: {
        userId: target.id,
        kind: "conversation.assigned",
        // The screens write the sentence (notifications.conversationAssigned) from these names.
        data: { conversationId: conversation.id, actorName: actor.name, leadName: conversation.lead.name ?? conversation.lead.phoneE164 ?? "" },
      },
      select: { id: true, kind: true },
    });
  });

  await deps.publish([
    ...conversationPushes({ id: conversation.id, assigneeId: target?.id ?? null }, [{ name: "conversation.updated", data: { conversationId: conversation.id } }], [
      conversation.assigneeId,
    ]),
    ...(notification && target
      ? [{ channel: inboxChannel(target.id), event: { name: "notification.created" as const, data: { notificationId: notification.id, kind: notification.kind } } }]
      : []),
  ]);
  // The next broker starts from a summary of what was said, on the lead's history.
  await requestSummaryQuietly(deps.jobs ?? inngestJobs, conversation, "transfer");
  return { changed: true };
}
