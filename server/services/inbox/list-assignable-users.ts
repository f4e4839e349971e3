import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

// Active users whose profile opens the inbox: the only ones a conversation can go to.
export const inboxUsersWhere: Prisma.UserWhereInput = {
  active: true,
  accessProfile: { OR: [{ isAdmin: true }, { permissions: { has: "INBOX_USE" } }] },
};

export function listAssignableUsers(db: Db) {
  return db.user.findMany({ where: inboxUsersWhere, orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 });
}
