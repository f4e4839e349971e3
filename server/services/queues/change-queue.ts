import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

export async function setQueueEnabled(db: Db, actor: Actor, input: { id: string; enabled: boolean }) {
  return db.$transaction(async (tx) => {
    const queue = await tx.leadQueue.findUnique({ where: { id: input.id }, select: { id: true, name: true, enabled: true } });
    if (!queue) throw new AppError("NOT_FOUND", "queues.notFound");
    if (queue.enabled === input.enabled) return { id: queue.id };
    await tx.leadQueue.update({ where: { id: queue.id }, data: { enabled: input.enabled } });
    await recordAudit(tx, { actorId: actor.id, action: input.enabled ? "queue.enabled" : "queue.disabled", entityType: "LeadQueue", entityId: queue.id, data: { name: queue.name } });
    return { id: queue.id };
  });
}

// Leads keep their history; they only lose the link to the deleted queue (onDelete: SetNull).
export async function deleteQueue(db: Db, actor: Actor, input: { id: string }) {
  return db.$transaction(async (tx) => {
    const queue = await tx.leadQueue.findUnique({ where: { id: input.id }, select: { id: true, name: true, _count: { select: { leads: true } } } });
    if (!queue) throw new AppError("NOT_FOUND", "queues.notFound");
    await tx.leadQueue.delete({ where: { id: queue.id } });
    await recordAudit(tx, { actorId: actor.id, action: "queue.deleted", entityType: "LeadQueue", entityId: queue.id, data: { name: queue.name, leadCount: queue._count.leads } });
    return { id: queue.id, leadCount: queue._count.leads };
  });
}
