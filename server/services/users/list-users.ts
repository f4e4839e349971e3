import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

export type UserFilter = {
  search?: string;
  profileId?: string;
  canCommunicate?: boolean;
  active?: boolean;
};

export function userWhere(filter: UserFilter): Prisma.UserWhereInput {
  const search = filter.search?.trim();
  return {
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } : {}),
    ...(filter.profileId ? { accessProfileId: filter.profileId } : {}),
    ...(filter.canCommunicate === undefined ? {} : { canCommunicate: filter.canCommunicate }),
    ...(filter.active === undefined ? {} : { active: filter.active }),
  };
}

export async function listUsers(db: Db, filter: UserFilter) {
  return db.user.findMany({
    where: userWhere(filter),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      canCommunicate: true,
      lastLoginAt: true,
      accessProfile: { select: { id: true, name: true, isAdmin: true } },
    },
  });
}
