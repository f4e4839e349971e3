import "server-only";
import type { Db } from "@/server/db";
import { ALL_PERMISSIONS } from "@/server/auth/permissions";

const profileSelect = {
  id: true,
  name: true,
  description: true,
  isAdmin: true,
  permissions: true,
  updatedAt: true,
  _count: { select: { users: true } },
} as const;

// The Administrator profile holds every permission whatever its stored list says.
function present<T extends { isAdmin: boolean; permissions: string[]; _count: { users: number } }>(profile: T) {
  const { _count, ...rest } = profile;
  return { ...rest, permissions: profile.isAdmin ? [...ALL_PERMISSIONS] : profile.permissions, userCount: _count.users };
}

export async function listProfiles(db: Db) {
  const profiles = await db.accessProfile.findMany({ orderBy: [{ isAdmin: "desc" }, { name: "asc" }], select: profileSelect });
  return profiles.map(present);
}

export async function getProfile(db: Db, id: string) {
  const profile = await db.accessProfile.findUnique({ where: { id }, select: profileSelect });
  return profile ? present(profile) : null;
}
