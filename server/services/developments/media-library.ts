import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

async function findMedia(db: Pick<Db, "mediaAsset">, mediaId: string) {
  const media = await db.mediaAsset.findUnique({ where: { id: mediaId }, select: { id: true, title: true, developmentId: true } });
  if (!media) throw new AppError("NOT_FOUND", "developments.mediaNotFound");
  return media;
}

export async function renameMedia(db: Db, actor: Actor, input: { mediaId: string; title: string }) {
  return db.$transaction(async (tx) => {
    const media = await findMedia(tx, input.mediaId);
    await tx.mediaAsset.update({ where: { id: media.id }, data: { title: input.title } });
    await recordAudit(tx, { actorId: actor.id, action: "media.renamed", entityType: "MediaAsset", entityId: media.id, data: { from: media.title, to: input.title } });
    return { id: media.id, title: input.title };
  });
}

// Rewrites positions 0..n-1 in the new order: older rows may share a position.
export async function moveMedia(db: Db, actor: Actor, input: { mediaId: string; direction: "up" | "down" }) {
  return db.$transaction(async (tx) => {
    const media = await findMedia(tx, input.mediaId);
    if (!media.developmentId) throw new AppError("PRECONDITION_FAILED", "developments.mediaNotInDevelopment");
    // Locks the development's media so two reorders do not interleave.
    await tx.$executeRaw`SELECT 1 FROM "MediaAsset" WHERE "developmentId" = ${media.developmentId} FOR UPDATE`;
    const siblings = await tx.mediaAsset.findMany({
      where: { developmentId: media.developmentId },
      select: { id: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    });
    const order = siblings.map((s) => s.id);
    const from = order.indexOf(media.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { moved: false, order };
    [order[from], order[to]] = [order[to] ?? media.id, media.id];
    for (const [position, id] of order.entries()) await tx.mediaAsset.update({ where: { id }, data: { position } });
    await recordAudit(tx, { actorId: actor.id, action: "media.moved", entityType: "MediaAsset", entityId: media.id, data: { direction: input.direction, position: to } });
    return { moved: true, order };
  });
}

// The row goes; the stored file stays, since messages already sent may still show it.
export async function removeMedia(db: Db, actor: Actor, mediaId: string) {
  return db.$transaction(async (tx) => {
    const media = await findMedia(tx, mediaId);
    await tx.mediaAsset.delete({ where: { id: media.id } });
    await recordAudit(tx, { actorId: actor.id, action: "media.removed", entityType: "MediaAsset", entityId: media.id, data: { title: media.title, developmentId: media.developmentId } });
    return { id: media.id };
  });
}
