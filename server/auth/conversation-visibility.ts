import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

// The one visibility rule for conversations: the inbox, messages, leads and media services and
// /api/pusher/auth (server/realtime) all use it, so it lives beside the permissions, below them all.
// A broker sees the conversations assigned to them; INBOX_MANAGE sees every conversation.

export function canUseInbox(actor: Actor): boolean {
  return can(actor, Permission.INBOX_USE);
}

export function seesEveryConversation(actor: Actor): boolean {
  return canUseInbox(actor) && can(actor, Permission.INBOX_MANAGE);
}

/** A Prisma filter for the conversations the actor may see, or null when they may see none. */
export function visibleConversationsWhere(actor: Actor): Prisma.ConversationWhereInput | null {
  if (!canUseInbox(actor)) return null;
  return seesEveryConversation(actor) ? {} : { assigneeId: actor.id };
}

export function canSeeLoadedConversation(actor: Actor, conversation: { assigneeId: string | null }): boolean {
  if (!canUseInbox(actor)) return false;
  return seesEveryConversation(actor) || conversation.assigneeId === actor.id;
}

export async function canSeeConversation(db: Db, actor: Actor, conversationId: string): Promise<boolean> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: { assigneeId: true } });
  return conversation ? canSeeLoadedConversation(actor, conversation) : false;
}

/**
 * Passes a loaded conversation the actor may see, or throws: NOT_FOUND when it does not exist,
 * FORBIDDEN when it exists but is someone else's (e.g. it was just transferred away).
 */
export function assertVisible<T extends { assigneeId: string | null }>(actor: Actor, conversation: T | null): T {
  if (!conversation) throw new AppError("NOT_FOUND", "inbox.conversationNotFound");
  if (!canSeeLoadedConversation(actor, conversation)) throw new AppError("FORBIDDEN", "inbox.conversationForbidden");
  return conversation;
}
