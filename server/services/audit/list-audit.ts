import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { resolveTargetNames } from "./target-names";

export type AuditFilter = { actorId?: string; entityType?: string; action?: string; from?: Date; to?: Date };
export type AuditCursor = { createdAt: Date; id: string };

export const AUDIT_PAGE_SIZE = 50;

function auditWhere(filter: AuditFilter, cursor?: AuditCursor): Prisma.AuditLogWhereInput {
  return {
    AND: [
      filter.actorId ? { actorId: filter.actorId } : {},
      filter.entityType ? { entityType: filter.entityType } : {},
      filter.action ? { action: filter.action } : {},
      filter.from ? { createdAt: { gte: filter.from } } : {},
      filter.to ? { createdAt: { lt: filter.to } } : {},
      // Keyset on (createdAt, id), newest first: stable while new entries arrive.
      cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
    ],
  };
}

export async function listAudit(db: Db, filter: AuditFilter, page: { cursor?: AuditCursor; limit?: number } = {}) {
  const limit = page.limit ?? AUDIT_PAGE_SIZE;
  const rows = await db.auditLog.findMany({
    where: auditWhere(filter, page.cursor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, data: true, actor: { select: { id: true, name: true } } },
  });
  const items = rows.slice(0, limit);
  const names = await resolveTargetNames(db, items);
  const last = items.at(-1);
  return {
    items: items.map((row) => ({ ...row, targetName: names.get(row.id) ?? null })),
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export async function auditFilterOptions(db: Db) {
  const [actors, actions] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.auditLog.groupBy({ by: ["entityType", "action"], orderBy: [{ entityType: "asc" }, { action: "asc" }] }),
  ]);
  return { actors, actions: actions.map((a) => ({ entityType: a.entityType, action: a.action })) };
}
