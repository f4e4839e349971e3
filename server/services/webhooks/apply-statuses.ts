import "server-only";
import { LeadEventType, MessageDirection, MessageStatus, Prisma } from "@/generated/prisma/client";
import type { MessageStatus as MetaStatus } from "@/server/meta/webhook-payload";
import { conversationChannel } from "@/server/realtime/channels";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { touchLastMessageStatus } from "@/server/services/conversations/last-message-status";
import { addPush, type ApplyContext } from "./apply-context";
import { metaError, metaTime } from "./inbound-message-row";

type Target = "SENT" | "DELIVERED" | "READ" | "FAILED";

// "played" (a voice message was listened to) implies read; "deleted"/"warning" change nothing.
const TARGETS: Partial<Record<MetaStatus["status"], Target>> = {
  sent: MessageStatus.SENT,
  delivered: MessageStatus.DELIVERED,
  read: MessageStatus.READ,
  played: MessageStatus.READ,
  failed: MessageStatus.FAILED,
};

// Statuses only move forward (QUEUED < SENT < DELIVERED < READ); FAILED only before delivery.
const MOVES_FROM: Record<Target, MessageStatus[]> = {
  SENT: [MessageStatus.QUEUED],
  DELIVERED: [MessageStatus.QUEUED, MessageStatus.SENT],
  READ: [MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED],
  FAILED: [MessageStatus.QUEUED, MessageStatus.SENT],
};
const ORDER: Target[] = ["SENT", "DELIVERED", "READ", "FAILED"];

type Report = { status: MetaStatus; target: Target; at: Date };

// A `read` may come without a `delivered` (and either without `sent`): the earlier steps take its time.
async function advance(ctx: ApplyContext, messageId: string, report: Report): Promise<boolean> {
  const { target, at } = report;
  const when = (applies: boolean) => (applies ? at : null);
  const error = target === "FAILED" ? metaError(report.status.errors) : {};
  const rows = await ctx.tx.$queryRaw<{ id: string }[]>`
    UPDATE "Message" SET
      "status" = CAST(${target} AS "MessageStatus"),
      "sentAt" = COALESCE("sentAt", ${when(target !== "FAILED")}::timestamptz),
      "deliveredAt" = COALESCE("deliveredAt", ${when(target === "DELIVERED" || target === "READ")}::timestamptz),
      "readAt" = COALESCE("readAt", ${when(target === "READ")}::timestamptz),
      "failedAt" = COALESCE("failedAt", ${when(target === "FAILED")}::timestamptz),
      "errorCode" = COALESCE(${error.errorCode ?? null}::int, "errorCode"),
      "errorTitle" = COALESCE(${error.errorTitle ?? null}::text, "errorTitle"),
      "errorDetail" = COALESCE(${error.errorDetail ?? null}::text, "errorDetail"),
      "updatedAt" = now()
    WHERE "id" = ${messageId} AND "status"::text IN (${Prisma.join(MOVES_FROM[target])})
    RETURNING "id"`;
  return rows.length > 0;
}

/**
 * Records each status Meta reports for the channel's outbound messages (once per wamid and
 * status) and moves the message forward. Statuses for wamids this channel did not send stay on
 * the stored webhook only.
 */
export async function applyStatuses(ctx: ApplyContext, channel: { id: string }, statuses: MetaStatus[]) {
  const reports = new Map<string, Report>();
  for (const status of statuses) {
    const target = TARGETS[status.status];
    const key = `${status.id}|${target}`;
    if (target && !reports.has(key)) reports.set(key, { status, target, at: metaTime(status.timestamp, ctx.receivedAt) });
  }
  if (reports.size === 0) return;
  const messages = await ctx.tx.message.findMany({
    where: { wamid: { in: [...new Set(statuses.map((s) => s.id))] }, direction: MessageDirection.OUTBOUND, conversation: { channelId: channel.id } },
    select: { id: true, wamid: true, conversationId: true, conversation: { select: { leadId: true, assigneeId: true } } },
  });
  const byWamid = new Map(messages.map((m) => [m.wamid, m]));
  const known = [...reports.values()].filter((r) => byWamid.has(r.status.id));
  if (known.length === 0) return;
  const recorded = await ctx.tx.messageStatusEvent.createManyAndReturn({
    data: known.map((r) => ({
      messageId: byWamid.get(r.status.id)?.id ?? "",
      wamid: r.status.id,
      status: r.target,
      occurredAt: r.at,
      payload: r.status as Prisma.InputJsonObject,
    })),
    skipDuplicates: true,
    select: { wamid: true, status: true },
  });
  const isNew = new Set(recorded.map((e) => `${e.wamid}|${e.status}`));
  const fresh = known
    .filter((r) => isNew.has(`${r.status.id}|${r.target}`))
    .sort((a, b) => ORDER.indexOf(a.target) - ORDER.indexOf(b.target));
  for (const report of fresh) {
    const message = byWamid.get(report.status.id);
    if (!message || !(await advance(ctx, message.id, report))) continue;
    const { conversationId, conversation } = message;
    addPush(ctx.outcome, conversationChannel(conversationId), {
      name: "message.updated",
      data: { conversationId, messageId: message.id, status: report.target },
    });
    if (report.target === "FAILED") {
      const { errorCode, errorTitle } = metaError(report.status.errors);
      // Same shape as the send pipeline's MESSAGE_FAILED line.
      ctx.leadEvents.push({ leadId: conversation.leadId, conversationId, messageId: message.id, type: LeadEventType.MESSAGE_FAILED, data: { code: errorCode ?? null, title: errorTitle ?? null } });
    }
    if ((await touchLastMessageStatus(ctx.tx, conversationId, message.id, report.target)) > 0) {
      const pushes = conversationPushes({ id: conversationId, assigneeId: conversation.assigneeId }, [{ name: "conversation.updated", data: { conversationId } }]);
      for (const push of pushes) addPush(ctx.outcome, push.channel, push.event);
    }
  }
}
