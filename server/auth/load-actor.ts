import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "./permissions";

// What the session JWT carries; `sessionVersion` must still match the user's (server/auth/index.ts).
export type SessionClaims = { userId: string; sessionVersion: number };
export type SessionActor = { actor: Actor; mustChangePassword: boolean };

// Who a user is and whether they may sign in and communicate: the actor's own fields, which the
// users screen lists too.
export const userAccountSelect = { id: true, name: true, email: true, active: true, canCommunicate: true } as const;

async function readUser(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...userAccountSelect,
      sessionVersion: true,
      mustChangePassword: true,
      accessProfile: { select: { isAdmin: true, permissions: true } },
    },
  });
  if (!user?.active) return null;
  const actor: Actor = {
    id: user.id,
    name: user.name,
    email: user.email,
    canCommunicate: user.canCommunicate,
    isAdmin: user.accessProfile.isAdmin,
    permissions: new Set(user.accessProfile.permissions),
  };
  return { actor, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword };
}

// Read on every request so that a revoked permission or a deactivated user bites at once.
// For callers that already trust the id (services, jobs, tests); a browser session goes through
// `loadSessionActor`.
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  return (await readUser(db, userId))?.actor ?? null;
}

// A session's user, or null when the user is gone or inactive, or the session was issued before the
// password last changed or was reset (its sessionVersion is behind).
export async function loadSessionActor(db: Db, claims: SessionClaims): Promise<SessionActor | null> {
  const found = await readUser(db, claims.userId);
  if (!found || found.sessionVersion !== claims.sessionVersion) return null;
  return { actor: found.actor, mustChangePassword: found.mustChangePassword };
}
