import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { assertVisible } from "@/server/auth/conversation-visibility";
import { MESSAGE_SELECT, withQuotes } from "@/server/services/messages/message-view";

export type MessageCursor = { createdAt: Date; id: string };

async function visibleConversation(db: Db, actor: Actor, conversationId: string) {
  return assertVisible(actor, await db.conversation.findUnique({ where: { id: conversationId }, select: { id: true, assigneeId: true } }));
}

// Newest first, keyset on (createdAt desc, id desc) — the Message index — so scrolling up loads
// older pages without offsets and a message arriving meanwhile never shifts a page.
export async function listMessages(db: Db, actor: Actor, input: { conversationId: string; cursor?: MessageCursor | null; limit?: number }) {
  await visibleConversation(db, actor, input.conversationId);
  const limit = input.limit ?? 40;
  const before: Prisma.MessageWhereInput = input.cursor
    ? { OR: [{ createdAt: { lt: input.cursor.createdAt } }, { createdAt: input.cursor.createdAt, id: { lt: input.cursor.id } }] }
    : {};
  const rows = await db.message.findMany({
    where: { AND: [{ conversationId: input.conversationId }, before] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: MESSAGE_SELECT,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await withQuotes(db, input.conversationId, page),
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export async function getMessage(db: Db, actor: Actor, input: { conversationId: string; messageId: string }) {
  await visibleConversation(db, actor, input.conversationId);
  const row = await db.message.findFirst({ where: { id: input.messageId, conversationId: input.conversationId }, select: MESSAGE_SELECT });
  if (!row) return null;
  const [view] = await withQuotes(db, input.conversationId, [row]);
  return view ?? null;
}

const TIMELINE_EVENTS = ["CONVERSATION_STARTED", "CONVERSATION_ASSIGNED", "CONVERSATION_CLOSED", "CONVERSATION_EXPIRED", "CONVERSATION_REOPENED"] as const;

/** The subtle "system" lines of a chat (assigned, closed, window expired…), newest 100. */
export async function listConversationEvents(db: Db, actor: Actor, conversationId: string) {
  await visibleConversation(db, actor, conversationId);
  const events = await db.leadEvent.findMany({
    where: { conversationId, type: { in: [...TIMELINE_EVENTS] } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, type: true, createdAt: true, data: true, actor: { select: { id: true, name: true } } },
  });
  const facts = events.map((event) => assignmentFacts(event.data));
  // The webhook and the template start store only ids: one query names them all.
  const ids = [...new Set(facts.flatMap((f) => [f.toName ? null : f.toId, f.fromName ? null : f.fromId]).filter((id): id is string => Boolean(id)))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const name = new Map(users.map((u) => [u.id, u.name]));
  return events.map((event, i) => {
    const f = facts[i]!;
    return {
      ...event,
      data: {
        fromName: f.fromName ?? (f.fromId ? (name.get(f.fromId) ?? null) : null),
        toName: f.toName ?? (f.toId ? (name.get(f.toId) ?? null) : null),
        unassigned: f.unassigned,
      },
    };
  });
}

// Writers differ: the inbox stores {fromId, fromName, toId, toName}; the webhook's distribution
// and a template start store {assigneeId, previousAssigneeId?}.
function assignmentFacts(data: Prisma.JsonValue) {
  const object = typeof data === "object" && data !== null && !Array.isArray(data) ? data : {};
  const text = (value: unknown) => (typeof value === "string" && value ? value : null);
  return {
    fromId: text(object.fromId) ?? text(object.previousAssigneeId),
    fromName: text(object.fromName),
    toId: text(object.toId) ?? text(object.assigneeId),
    toName: text(object.toName),
    unassigned: "toId" in object && object.toId === null,
  };
}
