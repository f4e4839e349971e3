import "server-only";
import { can, type Actor, type Permission } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";

// The one rule for handing out permissions, whether by editing a profile or by giving a user a
// profile: nobody grants what they do not hold. Without it, PROFILES_MANAGE could give its own
// profile everything, and USERS_MANAGE could move its holder onto Gestor or a clone of Administrador.

type ProfileGrant = { isAdmin: boolean; permissions: readonly Permission[] };

function holdsAll(actor: Actor, permissions: readonly Permission[]): boolean {
  return permissions.every((permission) => can(actor, permission));
}

export function assertCanGrant(actor: Actor, granted: readonly Permission[]) {
  if (!holdsAll(actor, granted)) throw new AppError("FORBIDDEN", "profiles.cannotGrantPermission");
}

/**
 * Giving a user `profile` grants everything it holds; moving them off `current` takes it away, so a
 * user who holds more than the actor is not theirs to change. The built-in Administrator profile is
 * given and taken only by an administrator.
 */
export function assertCanAssignProfile(actor: Actor, profile: ProfileGrant, current?: ProfileGrant) {
  if (profile.isAdmin && !actor.isAdmin) throw new AppError("FORBIDDEN", "users.onlyAdminsManageAdmins");
  if (current) assertCanManageUser(actor, current);
  assertCanGrant(actor, profile.permissions);
}

/**
 * Changing a user's profile or resetting their password (which hands over their account) is for
 * someone who holds at least what they hold: otherwise USERS_MANAGE would be a way into a Gestor's powers.
 */
export function assertCanManageUser(actor: Actor, target: ProfileGrant) {
  if (target.isAdmin && !actor.isAdmin) throw new AppError("FORBIDDEN", "users.onlyAdminsManageAdmins");
  if (!holdsAll(actor, target.permissions)) throw new AppError("FORBIDDEN", "users.cannotChangeUserAboveYou");
}
