import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import { visibleConversationsWhere } from "@/server/auth/conversation-visibility";

// Brokers see their own leads and the leads of conversations assigned to them; managers see all.
export function visibleLeadsWhere(actor: Actor): Prisma.LeadWhereInput {
  if (can(actor, Permission.INBOX_MANAGE)) return {};
  return { OR: [{ ownerId: actor.id }, { conversations: { some: { assigneeId: actor.id } } }] };
}

const NO_CONVERSATION: Prisma.ConversationWhereInput = { id: { in: [] } };

// Seeing a lead is not seeing all its conversations: the lead's page follows the inbox's rule, so a
// broker who transferred a conversation away no longer reads it through the lead (previews, history).
export function leadConversationsWhere(actor: Actor): Prisma.ConversationWhereInput {
  return visibleConversationsWhere(actor) ?? NO_CONVERSATION;
}

/** The lead's history lines the actor may read: the lead's own, and those of conversations they see. */
export function visibleLeadEventsWhere(actor: Actor): Prisma.LeadEventWhereInput {
  return { OR: [{ conversationId: null }, { conversation: { is: leadConversationsWhere(actor) } }] };
}
