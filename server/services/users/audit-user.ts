import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import { recordAudit } from "@/server/services/audit/record-audit";

// One user's change, by the signed-in actor, as the audit screen lists it.
export function auditUserChange(tx: Prisma.TransactionClient, actor: Actor, userId: string, action: string, data?: Prisma.InputJsonValue) {
  return recordAudit(tx, { actorId: actor.id, action, entityType: "User", entityId: userId, data });
}
