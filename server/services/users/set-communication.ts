import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/auth/permissions";
import { recordAudit } from "@/server/services/audit/record-audit";
import { auditUserChange } from "./audit-user";
import { userWhere, type UserFilter } from "./list-users";

export async function setUserCommunication(db: Db, actor: Actor, input: { userId: string; canCommunicate: boolean }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, canCommunicate: true } });
    if (!user) throw new AppError("NOT_FOUND", "users.notFound");
    if (user.canCommunicate === input.canCommunicate) return { changed: 0 };
    await tx.user.update({ where: { id: user.id }, data: { canCommunicate: input.canCommunicate } });
    await auditUserChange(tx, actor, user.id, input.canCommunicate ? "user.communication.enabled" : "user.communication.disabled");
    return { changed: 1 };
  });
}

export type BulkTarget = { userIds: string[] } | { filter: UserFilter };

function targetWhere(target: BulkTarget) {
  return "userIds" in target ? { id: { in: target.userIds } } : userWhere(target.filter);
}

// How many users a bulk change would touch: the confirmation dialog states it before applying.
export function countCommunicationChange(db: Db, target: BulkTarget, canCommunicate: boolean) {
  return db.user.count({ where: { AND: [targetWhere(target), { canCommunicate: !canCommunicate }] } });
}

export async function setCommunicationInBulk(db: Db, actor: Actor, input: { target: BulkTarget; canCommunicate: boolean }) {
  return db.$transaction(async (tx) => {
    const where = { AND: [targetWhere(input.target), { canCommunicate: !input.canCommunicate }] };
    const affected = await tx.user.findMany({ where, select: { id: true } });
    if (affected.length === 0) return { changed: 0 };
    const ids = affected.map((u) => u.id);
    await tx.user.updateMany({ where: { id: { in: ids } }, data: { canCommunicate: input.canCommunicate } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.canCommunicate ? "user.communication.bulk_enabled" : "user.communication.bulk_disabled",
      entityType: "User",
      data: { userIds: ids, count: ids.length },
    });
    return { changed: ids.length };
  });
}
