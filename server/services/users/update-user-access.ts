import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { assertAnotherAdminRemains } from "./admin-guard";

export async function setUserProfile(db: Db, actor: Actor, input: { userId: string; accessProfileId: string }) {
  return db.$transaction(async (tx) => {
    const profile = await tx.accessProfile.findUnique({ where: { id: input.accessProfileId }, select: { id: true, isAdmin: true } });
    if (!profile) throw new AppError("NOT_FOUND", "profileNotFound");
    if (!profile.isAdmin) await assertAnotherAdminRemains(tx, input.userId);
    const user = await tx.user.update({ where: { id: input.userId }, data: { accessProfileId: profile.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "user.profile.changed", entityType: "User", entityId: user.id, data: { accessProfileId: profile.id } });
    return user;
  });
}

export async function setUserActive(db: Db, actor: Actor, input: { userId: string; active: boolean }) {
  return db.$transaction(async (tx) => {
    if (!input.active) await assertAnotherAdminRemains(tx, input.userId);
    const user = await tx.user.update({ where: { id: input.userId }, data: { active: input.active }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: input.active ? "user.activated" : "user.deactivated", entityType: "User", entityId: user.id });
    return user;
  });
}
