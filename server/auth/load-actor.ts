import type { Db } from "@/server/db";
import type { Actor } from "./permissions";

// Read on every request so that a revoked permission or a deactivated user bites at once.
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      canCommunicate: true,
      accessProfile: { select: { isAdmin: true, permissions: true } },
    },
  });
  if (!user?.active) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    canCommunicate: user.canCommunicate,
    isAdmin: user.accessProfile.isAdmin,
    permissions: new Set(user.accessProfile.permissions),
  };
}
