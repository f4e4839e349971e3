import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

type Tx = Db | Prisma.TransactionClient;

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
};

export function recordAudit(db: Tx, entry: AuditEntry) {
  return db.auditLog.create({
    data: { actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId ?? null, data: entry.data },
  });
}
