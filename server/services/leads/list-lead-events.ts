import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { failureView } from "@/server/i18n/failure-view";
import { assertLeadVisible } from "./get-lead";
import { leadEventFacts } from "./lead-event-data";
import { visibleLeadEventsWhere } from "./lead-visibility";

export type ListLeadEventsInput = { leadId: string; cursor?: string | null; limit?: number };

type Cursor = { c: string; i: string };

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(value: string): { createdAt: Date; id: string } {
  try {
    const { c, i } = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<Cursor>;
    const createdAt = new Date(String(c));
    if (typeof i === "string" && !Number.isNaN(+createdAt)) return { createdAt, id: i };
  } catch {
    // falls through to the error below
  }
  throw new AppError("BAD_REQUEST", "leads.invalidCursor");
}

const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** The lead's history, newest first, with what each line needs to read as a sentence. */
export async function listLeadEvents(db: Db, actor: Actor, input: ListLeadEventsInput) {
  await assertLeadVisible(db, actor, input.leadId);
  const limit = Math.min(Math.max(input.limit ?? 30, 1), 100);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db.leadEvent.findMany({
    where: {
      AND: [
        { leadId: input.leadId },
        visibleLeadEventsWhere(actor),
        after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      type: true,
      createdAt: true,
      data: true,
      messageId: true,
      conversationId: true,
      actor: { select: { id: true, name: true } },
      conversation: { select: { channel: { select: { name: true } } } },
    },
  });
  const page = rows.slice(0, limit);
  const facts = page.map((e) => leadEventFacts(e.data));
  const messageIds = ids(page.map((e) => e.messageId));
  const userIds = ids(facts.flatMap((f) => [f.assigneeName ? null : f.assigneeId, f.ownerId]));
  const queueIds = ids(facts.map((f) => (f.queueName ? null : f.queueId)));
  // One query per kind for the whole page, never one per line.
  const [messages, users, queues] = await Promise.all([
    messageIds.length
      ? db.message.findMany({
          where: { id: { in: messageIds } },
          select: { id: true, type: true, body: true, transcript: true, transcriptStatus: true, status: true, errorCode: true, errorTitle: true, failureReason: true, failureParams: true, mediaFileName: true, template: { select: { name: true } } },
        })
      : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    queueIds.length ? db.leadQueue.findMany({ where: { id: { in: queueIds } }, select: { id: true, name: true } }) : [],
  ]);
  const messageById = new Map(messages.map((m) => [m.id, m]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const queueName = new Map(queues.map((q) => [q.id, q.name]));
  const last = page.at(-1);
  return {
    items: page.map((event, i) => {
      const f = facts[i]!;
      const message = event.messageId ? (messageById.get(event.messageId) ?? null) : null;
      return {
        id: event.id,
        type: event.type,
        createdAt: event.createdAt,
        actor: event.actor,
        conversationId: event.conversationId,
        channelName: event.conversation?.channel.name ?? null,
        message: message && {
          type: message.type,
          body: message.body,
          status: message.status,
          fileName: message.mediaFileName,
          transcript: message.transcriptStatus === "DONE" ? message.transcript : null,
        },
        failure: event.type === "MESSAGE_FAILED" ? failureView(message?.status === "FAILED" ? message : f.failure) : null,
        templateName: message?.template?.name ?? f.templateName,
        assigneeName: f.assigneeName ?? (f.assigneeId ? (userName.get(f.assigneeId) ?? null) : null),
        unassigned: f.unassigned,
        queueName: f.queueName ?? (f.queueId ? (queueName.get(f.queueId) ?? null) : null),
        ownerName: f.ownerId ? (userName.get(f.ownerId) ?? null) : null,
        note: f.note,
        reopened: f.reopened,
        reason: f.reason,
        origin: f.origin,
        summary: event.type === "CONVERSATION_SUMMARY" ? f.summary : null,
        qualification: event.type === "LEAD_QUALIFIED" ? f.qualification : null,
      };
    }),
    nextCursor: rows.length > limit && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null,
  };
}
