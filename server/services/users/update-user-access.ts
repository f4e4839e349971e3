import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { assertCanAssignProfile } from "@/server/services/profiles/assert-can-grant";
import { assertAnotherAdminRemains } from "./admin-guard";
import { auditUserChange } from "./audit-user";

async function findUser(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, active: true, accessProfileId: true, accessProfile: { select: { isAdmin: true, permissions: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "users.notFound");
  return user;
}

export async function setUserProfile(db: Db, actor: Actor, input: { userId: string; accessProfileId: string }) {
  return db.$transaction(async (tx) => {
    const profile = await tx.accessProfile.findUnique({ where: { id: input.accessProfileId }, select: { id: true, name: true, isAdmin: true, permissions: true } });
    if (!profile) throw new AppError("NOT_FOUND", "profiles.notFound");
    const user = await findUser(tx, input.userId);
    if (user.accessProfileId === profile.id) return { id: user.id };
    assertCanAssignProfile(actor, profile, user.accessProfile);
    if (!profile.isAdmin) await assertAnotherAdminRemains(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { accessProfileId: profile.id } });
    await auditUserChange(tx, actor, user.id, "user.profile.changed", { accessProfileId: profile.id, profileName: profile.name, name: user.name });
    return { id: user.id };
  });
}

export async function setUserActive(db: Db, actor: Actor, input: { userId: string; active: boolean }) {
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (user.active === input.active) return { id: user.id };
    // Deactivating is HR's everyday work (brokers leave), so only administrators are out of reach here;
    // taking over an account (a password reset) needs more: reset-user-password.ts.
    if (user.accessProfile.isAdmin && !actor.isAdmin) throw new AppError("FORBIDDEN", "users.onlyAdminsManageAdmins");
    if (!input.active) await assertAnotherAdminRemains(tx, user.id);
    if (!input.active && user.id === actor.id) throw new AppError("PRECONDITION_FAILED", "users.cannotDeactivateSelf");
    await tx.user.update({ where: { id: user.id }, data: { active: input.active } });
    await auditUserChange(tx, actor, user.id, input.active ? "user.activated" : "user.deactivated", { name: user.name });
    return { id: user.id };
  });
}
