import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { CreateStandardMessageInput, StandardMessageFields } from "./standard-message-schemas";
import { unknownVariables } from "./variables";

function assertKnownVariables(body: string) {
  const [unknown] = unknownVariables(body);
  if (unknown) throw new AppError("BAD_REQUEST", "standardMessages.unknownVariable", { name: `{{${unknown}}}` });
}

function assertMayWriteScope(actor: Actor, ownerId: string | null) {
  const permission = ownerId === null ? Permission.STANDARD_MESSAGES_MANAGE : Permission.INBOX_USE;
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "common.forbidden");
}

// Someone else's personal message answers "not found": its existence is not theirs to learn.
async function findWritable(tx: Prisma.TransactionClient, actor: Actor, id: string) {
  const message = await tx.standardMessage.findUnique({ where: { id }, select: { id: true, title: true, ownerId: true } });
  if (!message || (message.ownerId !== null && message.ownerId !== actor.id)) throw new AppError("NOT_FOUND", "standardMessages.notFound");
  assertMayWriteScope(actor, message.ownerId);
  return message;
}

// Personal messages are the broker's own notes: only global ones go to the audit log.
async function auditGlobal(tx: Prisma.TransactionClient, actor: Actor, ownerId: string | null, action: string, id: string, title: string) {
  if (ownerId === null) await recordAudit(tx, { actorId: actor.id, action, entityType: "StandardMessage", entityId: id, data: { name: title } });
}

export async function createStandardMessage(db: Db, actor: Actor, input: CreateStandardMessageInput) {
  const ownerId = input.scope === "global" ? null : actor.id;
  assertMayWriteScope(actor, ownerId);
  assertKnownVariables(input.body);
  return db.$transaction(async (tx) => {
    const message = await tx.standardMessage.create({ data: { title: input.title, body: input.body, ownerId }, select: { id: true, title: true } });
    await auditGlobal(tx, actor, ownerId, "standard_message.created", message.id, message.title);
    return message;
  });
}

export async function updateStandardMessage(db: Db, actor: Actor, input: StandardMessageFields & { id: string }) {
  assertKnownVariables(input.body);
  return db.$transaction(async (tx) => {
    const current = await findWritable(tx, actor, input.id);
    const message = await tx.standardMessage.update({ where: { id: current.id }, data: { title: input.title, body: input.body }, select: { id: true, title: true } });
    await auditGlobal(tx, actor, current.ownerId, "standard_message.updated", message.id, message.title);
    return message;
  });
}

export async function deleteStandardMessage(db: Db, actor: Actor, input: { id: string }) {
  return db.$transaction(async (tx) => {
    const current = await findWritable(tx, actor, input.id);
    await tx.standardMessage.delete({ where: { id: current.id } });
    await auditGlobal(tx, actor, current.ownerId, "standard_message.deleted", current.id, current.title);
    return { id: current.id };
  });
}
