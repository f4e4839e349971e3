import type { Prisma } from "@/generated/prisma/client";
import { can, Permission, type Actor } from "@/server/auth/permissions";

// Brokers see their own leads and the leads of conversations assigned to them; managers see all.
export function visibleLeadsWhere(actor: Actor): Prisma.LeadWhereInput {
  if (can(actor, Permission.INBOX_MANAGE)) return {};
  return { OR: [{ ownerId: actor.id }, { conversations: { some: { assigneeId: actor.id } } }] };
}
