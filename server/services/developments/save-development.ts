import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { DevelopmentFields } from "./development-schemas";
import { isUniqueViolation } from "@/server/db-errors";

function nameTaken(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT", "developments.nameTaken", { name });
  throw error;
}

export async function createDevelopment(db: Db, actor: Actor, input: DevelopmentFields) {
  return db
    .$transaction(async (tx) => {
      const development = await tx.development.create({ data: input, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "development.created", entityType: "Development", entityId: development.id, data: { name: input.name } });
      return development;
    })
    .catch((error: unknown) => nameTaken(error, input.name));
}

export async function updateDevelopment(db: Db, actor: Actor, input: DevelopmentFields & { developmentId: string }) {
  const { developmentId, ...fields } = input;
  return db
    .$transaction(async (tx) => {
      const found = await tx.development.findUnique({ where: { id: developmentId }, select: { id: true } });
      if (!found) throw new AppError("NOT_FOUND", "developments.notFound");
      await tx.development.update({ where: { id: developmentId }, data: fields });
      await recordAudit(tx, { actorId: actor.id, action: "development.updated", entityType: "Development", entityId: developmentId, data: fields });
      return { id: developmentId };
    })
    .catch((error: unknown) => nameTaken(error, input.name));
}

// Media rows go with it (cascade); channels, leads and queues simply lose the link.
export async function deleteDevelopment(db: Db, actor: Actor, developmentId: string) {
  return db.$transaction(async (tx) => {
    const found = await tx.development.findUnique({ where: { id: developmentId }, select: { id: true, name: true, _count: { select: { media: true } } } });
    if (!found) throw new AppError("NOT_FOUND", "developments.notFound");
    await tx.development.delete({ where: { id: developmentId } });
    await recordAudit(tx, { actorId: actor.id, action: "development.deleted", entityType: "Development", entityId: developmentId, data: { name: found.name, media: found._count.media } });
    return { id: developmentId };
  });
}
