import "server-only";
import { LeadEventType, MessageDirection, MessageStatus, Prisma } from "@/generated/prisma/client";
import type { MessageStatus as MetaStatus } from "@/server/meta/webhook-payload";
import { conversationChannel } from "@/server/realtime/channels";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { touchLastMessageStatuses } from "@/server/services/conversations/last-message-status";
import { META_MARKETING_OPT_OUT, recordMarketingOptOuts } from "@/server/services/leads/marketing-opt-out";
import { pauseCampaignOnSignal } from "@/server/services/messages/campaign-sends";
import { addPush, type ApplyContext, type Tx } from "./apply-context";
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

/** The statuses one webhook change reported for one channel's messages. */
export type StatusChange = { ctx: ApplyContext; channelId: string; statuses: MetaStatus[] };

type Report = { ctx: ApplyContext; status: MetaStatus; target: Target; at: Date };
type Known = Report & { message: { id: string; conversationId: string; leadId: string; assigneeId: string | null } };

// Each (wamid, status) once, attributed to the first webhook that reported it.
function readReports(changes: StatusChange[]): Map<string, Report & { channelId: string }> {
  const reports = new Map<string, Report & { channelId: string }>();
  for (const { ctx, channelId, statuses } of changes) {
    for (const status of statuses) {
      const target = TARGETS[status.status];
      const key = `${channelId}|${status.id}|${target}`;
      if (target && !reports.has(key)) reports.set(key, { ctx, channelId, status, target, at: metaTime(status.timestamp, ctx.receivedAt) });
    }
  }
  return reports;
}

// One UPDATE per status for all the messages moving to it: a `read` may come without a
// `delivered` (and either without `sent`), so the earlier steps take its time.
async function advance(tx: Tx, target: Target, reports: Known[]): Promise<Set<string>> {
  const rows = reports.map((r) => {
    const error = target === "FAILED" ? metaError(r.status.errors) : {};
    return Prisma.sql`(${r.message.id}, ${r.at}::timestamptz, ${error.errorCode ?? null}::int, ${error.errorTitle ?? null}::text, ${error.errorDetail ?? null}::text)`;
  });
  const when = (applies: boolean) => (applies ? Prisma.sql`v."at"` : Prisma.sql`NULL::timestamptz`);
  const moved = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Message" m SET
      "status" = CAST(${target} AS "MessageStatus"),
      "sentAt" = COALESCE(m."sentAt", ${when(target !== "FAILED")}),
      "deliveredAt" = COALESCE(m."deliveredAt", ${when(target === "DELIVERED" || target === "READ")}),
      "readAt" = COALESCE(m."readAt", ${when(target === "READ")}),
      "failedAt" = COALESCE(m."failedAt", ${when(target === "FAILED")}),
      "errorCode" = COALESCE(v."errorCode", m."errorCode"),
      "errorTitle" = COALESCE(v."errorTitle", m."errorTitle"),
      "errorDetail" = COALESCE(v."errorDetail", m."errorDetail"),
      "updatedAt" = now()
    FROM (VALUES ${Prisma.join(rows)}) AS v("id", "at", "errorCode", "errorTitle", "errorDetail")
    WHERE m."id" = v."id" AND m."status"::text IN (${Prisma.join(MOVES_FROM[target])})
    RETURNING m."id"`;
  return new Set(moved.map((row) => row.id));
}

/**
 * Records each status Meta reports for a channel's outbound messages (once per wamid and status)
 * and moves the messages forward, for a whole batch of webhooks at once: a handful of statements
 * whatever the batch holds, applied status by status in order, so the result is the one applying
 * them one by one gives. Statuses for wamids a channel did not send stay on the stored webhook only,
 * which is marked for the early-status replay (replay-early-statuses.ts).
 */
export async function applyStatuses(tx: Tx, changes: StatusChange[]) {
  const reports = readReports(changes);
  if (reports.size === 0) return;
  // Raw: a batch's statuses look up and record many rows, and Prisma's model queries cost this
  // process several times the CPU per row (measured in the webhook worker's profile).
  const wamids = [...new Set([...reports.values()].map((r) => r.status.id))];
  const messages = await tx.$queryRaw<{ id: string; wamid: string; conversationId: string; channelId: string; leadId: string; assigneeId: string | null }[]>`
    SELECT m."id", m."wamid", m."conversationId", c."channelId", c."leadId", c."assigneeId"
    FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId"
    WHERE m."wamid" = ANY(${wamids}::text[]) AND m."direction" = CAST(${MessageDirection.OUTBOUND} AS "MessageDirection")`;
  // Only a channel's own messages: a wamid of another channel is not its webhook's to move.
  const byChannelWamid = new Map(messages.map((m) => [`${m.channelId}|${m.wamid}`, m]));
  const known: Known[] = [];
  for (const report of reports.values()) {
    const message = byChannelWamid.get(`${report.channelId}|${report.status.id}`);
    if (message) known.push({ ...report, message: { id: message.id, conversationId: message.conversationId, leadId: message.leadId, assigneeId: message.assigneeId } });
    else report.ctx.unmatchedStatuses = true;
  }
  if (known.length === 0) return;
  const recorded = await tx.$queryRaw<{ messageId: string; status: string }[]>`
    INSERT INTO "MessageStatusEvent" ("messageId", "wamid", "status", "occurredAt", "payload")
    SELECT * FROM unnest(${known.map((r) => r.message.id)}::text[], ${known.map((r) => r.status.id)}::text[],
      ${known.map((r) => r.target)}::text[]::"MessageStatus"[], ${known.map((r) => r.at)}::timestamptz[], ${known.map((r) => JSON.stringify(r.status))}::jsonb[])
    ON CONFLICT ("wamid", "status") DO NOTHING
    RETURNING "messageId", "status"::text AS "status"`;
  const isNew = new Set(recorded.map((e) => `${e.messageId}|${e.status}`));
  const fresh = known.filter((r) => isNew.has(`${r.message.id}|${r.target}`));

  for (const target of ORDER) {
    const reportsFor = fresh.filter((r) => r.target === target);
    if (reportsFor.length === 0) continue;
    const moved = await advance(tx, target, reportsFor);
    const advanced = reportsFor.filter((r) => moved.has(r.message.id));
    if (advanced.length === 0) continue;
    for (const { ctx, message, status, at } of advanced) {
      const { conversationId } = message;
      addPush(ctx.outcome, conversationChannel(conversationId), { name: "message.updated", data: { conversationId, messageId: message.id, status: target } });
      if (target === "FAILED") {
        const { errorCode, errorTitle } = metaError(status.errors);
        // Same shape as the send pipeline's MESSAGE_FAILED line.
        ctx.leadEvents.push({ leadId: message.leadId, conversationId, messageId: message.id, type: LeadEventType.MESSAGE_FAILED, data: { code: errorCode ?? null, title: errorTitle ?? null } });
        // The lead stopped this business's marketing in WhatsApp: recorded as their opt-out (rare, so one by one).
        if (errorCode === META_MARKETING_OPT_OUT) {
          await recordMarketingOptOuts(tx, [{ leadId: message.leadId, conversationId, messageId: message.id, at, metaCode: errorCode }], ctx.leadEvents);
        }
        // A quality or spam signal on a campaign's message pauses the campaign (rare too).
        for (const push of await pauseCampaignOnSignal(tx, message.id, errorCode ?? null)) addPush(ctx.outcome, push.channel, push.event);
      }
    }
    const touched = await touchLastMessageStatuses(tx, target, advanced.map(({ message }) => ({ conversationId: message.conversationId, messageId: message.id })));
    for (const { ctx, message } of advanced) {
      if (!touched.delete(message.conversationId)) continue;
      const pushes = conversationPushes({ id: message.conversationId, assigneeId: message.assigneeId }, [{ name: "conversation.updated", data: { conversationId: message.conversationId } }]);
      for (const push of pushes) addPush(ctx.outcome, push.channel, push.event);
    }
  }
}
