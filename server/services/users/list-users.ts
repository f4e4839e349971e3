import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { userAccountSelect } from "@/server/auth/load-actor";

export type UserFilter = {
  search?: string;
  profileId?: string;
  canCommunicate?: boolean;
  active?: boolean;
};

export type UserPage = { cursor?: string; limit?: number };

export const USERS_PAGE_SIZE = 50;

export function userWhere(filter: UserFilter): Prisma.UserWhereInput {
  const search = filter.search?.trim();
  return {
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } : {}),
    ...(filter.profileId ? { accessProfileId: filter.profileId } : {}),
    ...(filter.canCommunicate === undefined ? {} : { canCommunicate: filter.canCommunicate }),
    ...(filter.active === undefined ? {} : { active: filter.active }),
  };
}

// One page, ordered by (active, name, id); the id tie-breaker makes Prisma's cursor stable.
export async function listUsers(db: Db, filter: UserFilter, page: UserPage = {}) {
  return db.user.findMany({
    where: userWhere(filter),
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    take: page.limit ?? USERS_PAGE_SIZE,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    select: {
      ...userAccountSelect,
      lastLoginAt: true,
      accessProfile: { select: { id: true, name: true, isAdmin: true } },
    },
  });
}

export function countUsers(db: Db, filter: UserFilter) {
  return db.user.count({ where: userWhere(filter) });
}

export function listProfileOptions(db: Db) {
  return db.accessProfile.findMany({ orderBy: [{ isAdmin: "desc" }, { name: "asc" }], select: { id: true, name: true, isAdmin: true } });
}
