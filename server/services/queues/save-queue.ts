import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { isComunicadorQueue } from "./comunicador-queue";
import type { QueueInput } from "./queue-schemas";
import { isUniqueViolation } from "@/server/db-errors";

type Tx = Prisma.TransactionClient;

async function validate(tx: Tx, input: QueueInput, exceptId?: string) {
  if (!isComunicadorQueue(input)) throw new AppError("BAD_REQUEST", "queues.needsComunicadorMarker");
  const clash = await tx.leadQueue.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "queues.nameTaken", { name: input.name });
  const memberIds = [...new Set(input.memberIds)];
  const developmentIds = [...new Set(input.developmentIds)];
  if ((await tx.user.count({ where: { id: { in: memberIds } } })) !== memberIds.length) throw new AppError("NOT_FOUND", "users.notFound");
  if ((await tx.development.count({ where: { id: { in: developmentIds } } })) !== developmentIds.length) throw new AppError("NOT_FOUND", "queues.developmentNotFound");
  return { memberIds, developmentIds };
}

const fields = (input: QueueInput) => ({ name: input.name, tag: input.tag, comunicadorFlag: input.comunicadorFlag, origin: input.origin });

export function rethrowNameClash(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT", "queues.nameTaken", { name });
  throw error;
}

/** Creates a queue inside the caller's transaction (the queues screen, or the new-channel wizard). */
export async function insertQueue(tx: Tx, actor: Actor, input: QueueInput) {
  const { memberIds, developmentIds } = await validate(tx, input);
  const queue = await tx.leadQueue.create({
    data: {
      ...fields(input),
      developments: { connect: developmentIds.map((id) => ({ id })) },
      members: { create: memberIds.map((userId, position) => ({ userId, position })) },
    },
    select: { id: true, name: true },
  });
  await recordAudit(tx, { actorId: actor.id, action: "queue.created", entityType: "LeadQueue", entityId: queue.id, data: { name: queue.name, memberCount: memberIds.length } });
  return queue;
}

export async function createQueue(db: Db, actor: Actor, input: QueueInput) {
  try {
    return await db.$transaction((tx) => insertQueue(tx, actor, input));
  } catch (error) {
    rethrowNameClash(error, input.name);
  }
}

export async function updateQueue(db: Db, actor: Actor, input: QueueInput & { id: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.leadQueue.findUnique({ where: { id: input.id }, select: { id: true, members: { select: { userId: true } } } });
      if (!current) throw new AppError("NOT_FOUND", "queues.notFound");
      const { memberIds, developmentIds } = await validate(tx, input, current.id);
      const before = new Set(current.members.map((m) => m.userId));
      // Kept members keep their joinedAt; only positions change.
      await tx.leadQueueMember.deleteMany({ where: { queueId: current.id, userId: { notIn: memberIds } } });
      for (const [position, userId] of memberIds.entries()) {
        await tx.leadQueueMember.upsert({
          where: { queueId_userId: { queueId: current.id, userId } },
          update: { position },
          create: { queueId: current.id, userId, position },
        });
      }
      const queue = await tx.leadQueue.update({
        where: { id: current.id },
        data: { ...fields(input), developments: { set: developmentIds.map((id) => ({ id })) } },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "queue.updated",
        entityType: "LeadQueue",
        entityId: queue.id,
        data: { name: queue.name, addedMembers: memberIds.filter((id) => !before.has(id)), removedMembers: [...before].filter((id) => !memberIds.includes(id)) },
      });
      return queue;
    });
  } catch (error) {
    rethrowNameClash(error, input.name);
  }
}
