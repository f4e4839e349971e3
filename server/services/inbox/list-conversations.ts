import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { normalizePhoneDigits } from "@/server/meta/phone";
import { visibleConversationsWhere } from "@/server/auth/conversation-visibility";
import { CONVERSATION_LIST_SELECT, type ConversationListItem } from "./conversation-list-item";
import { conversationsWithMatchingMessages } from "./conversations-with-matching-messages";
import { messageSearchTerms } from "./message-search-terms";

export type ConversationScope = "all" | "mine" | "queues" | "unassigned";
export type ConversationState = "open" | "expired" | "closed";
export type ConversationCursor = { lastMessageAt: Date; id: string };

export type ListConversationsInput = {
  scope?: ConversationScope;
  channelId?: string;
  state?: ConversationState;
  closingSoon?: boolean;
  search?: string;
  cursor?: ConversationCursor | null;
  limit?: number;
};

export const CLOSING_SOON_MS = 2 * 60 * 60 * 1000;

function scopeWhere(actor: Actor, scope: ConversationScope): Prisma.ConversationWhereInput {
  switch (scope) {
    case "mine":
      return { assigneeId: actor.id };
    case "queues":
      return { lead: { queue: { members: { some: { userId: actor.id } } } } };
    case "unassigned":
      return { assigneeId: null };
    default:
      return {};
  }
}

// "Expired" is read from the window itself too, so a list never waits for the expiry job.
function stateWhere(state: ConversationState | undefined, now: Date): Prisma.ConversationWhereInput {
  if (state === "closed") return { status: "CLOSED" };
  if (state === "expired") return { OR: [{ status: "EXPIRED" }, { status: "OPEN", windowExpiresAt: { lte: now } }] };
  if (state === "open") return { status: "OPEN", OR: [{ windowExpiresAt: null }, { windowExpiresAt: { gt: now } }] };
  return {};
}

// Up to this many of the leads whose name or phone matches, most recent conversation first.
const LEAD_MATCH_LIMIT = 2_000;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// Full text search over a message's text and a voice note's transcript: words by stem with accents folded
// ("promocoes" finds "Promoções", "apartamento" finds "apartamentos"), numbers as the tokens Postgres reads
// ("302", "B2", "98765-4321"), the word or number being typed as a prefix. Postgres drops stop words, so a
// search of those alone ("de") would be an empty query that matches nothing: it is asked first, and then
// searched as a substring through the trigram indexes.
async function messageMatch(db: Db, text: string): Promise<Prisma.Sql> {
  const { words, prefixQuery } = messageSearchTerms(text);
  const queries = [
    ...(words ? [Prisma.sql`plainto_tsquery('pt_unaccent', ${words})`] : []),
    ...(prefixQuery ? [Prisma.sql`to_tsquery('pt_unaccent', ${prefixQuery})`] : []),
  ];
  const query = queries.length ? Prisma.join(queries, " && ") : null;
  const [{ lexemes } = { lexemes: 0 }] = query ? await db.$queryRaw<{ lexemes: number }[]>`SELECT numnode(${query}) AS lexemes` : [];
  if (query && lexemes > 0) return Prisma.sql`"bodySearch" @@ (${query})`;
  return Prisma.sql`(body ILIKE ${likePattern(text)} OR transcript ILIKE ${likePattern(text)})`;
}

// Matches are looked up first (Lead.name by trigram, a message's text and transcript as above), so the list query
// itself stays an ordered walk over a known set of ids.
async function searchWhere(db: Db, search: string | undefined): Promise<Prisma.ConversationWhereInput> {
  const text = search?.trim();
  if (!text) return {};
  const digits = text.replace(/\D/g, "");
  const phone = digits.length >= 4 ? (normalizePhoneDigits(text) ?? digits) : null;
  const pattern = likePattern(text);
  const phonePattern = phone ? likePattern(phone) : null;
  const messageWhere = await messageMatch(db, text);
  const [byLead, byMessage] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Conversation" c JOIN "Lead" l ON l.id = c."leadId"
      WHERE l.name ILIKE ${pattern} OR (${phonePattern}::text IS NOT NULL AND l."phoneE164" LIKE ${phonePattern})
      ORDER BY c."lastMessageAt" DESC LIMIT ${LEAD_MATCH_LIMIT}`,
    conversationsWithMatchingMessages(db, messageWhere),
  ]);
  return { id: { in: [...new Set([...byLead.map((row) => row.id), ...byMessage])] } };
}

// Keyset on (lastMessageAt desc, id desc): the order of the Conversation indexes, stable under ties.
function afterCursor(cursor: ConversationCursor | null | undefined): Prisma.ConversationWhereInput {
  if (!cursor) return {};
  return { OR: [{ lastMessageAt: { lt: cursor.lastMessageAt } }, { lastMessageAt: cursor.lastMessageAt, id: { lt: cursor.id } }] };
}

export async function listConversations(db: Db, actor: Actor, input: ListConversationsInput, now = new Date()) {
  const visible = visibleConversationsWhere(actor);
  const limit = input.limit ?? 30;
  if (!visible) return { items: [] as ConversationListItem[], nextCursor: null };
  const rows = await db.conversation.findMany({
    where: {
      AND: [
        visible,
        scopeWhere(actor, input.scope ?? "all"),
        input.channelId ? { channelId: input.channelId } : {},
        stateWhere(input.state, now),
        input.closingSoon ? { status: "OPEN", windowExpiresAt: { gt: now, lte: new Date(+now + CLOSING_SOON_MS) } } : {},
        await searchWhere(db, input.search),
        afterCursor(input.cursor),
      ],
    },
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: CONVERSATION_LIST_SELECT,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { lastMessageAt: last.lastMessageAt, id: last.id } : null };
}

/** One list row, for a notification or a realtime update; null when the actor may not see it. */
export async function getConversationListItem(db: Db, actor: Actor, conversationId: string) {
  const visible = visibleConversationsWhere(actor);
  if (!visible) return null;
  return db.conversation.findFirst({ where: { AND: [visible, { id: conversationId }] }, select: CONVERSATION_LIST_SELECT });
}

/** Conversations assigned to the actor with unread messages: the tab title's "(3)". */
export function countUnreadConversations(db: Db, actor: Actor) {
  return db.conversation.count({ where: { assigneeId: actor.id, status: { in: ["OPEN", "EXPIRED"] }, unreadCount: { gt: 0 } } });
}
