import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { safeFileName } from "@/server/media/file-name";
import { putMedia } from "@/server/media/local-store";
import { recordAudit } from "@/server/services/audit/record-audit";
import { checkUpload, type MediaKindName } from "./media-rules";
import { contentMatchesType } from "./sniff-media";
import { mediaSelect } from "./list-developments";

export type UploadMediaInput = {
  developmentId: string;
  kind: MediaKindName;
  title?: string | null;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
};

const titleFrom = (fileName: string) => fileName.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").trim().slice(0, 120) || "Arquivo";

export async function uploadMedia(db: Db, actor: Actor, input: UploadMediaInput) {
  const fileName = safeFileName(input.fileName);
  const check = checkUpload({ kind: input.kind, fileName, mimeType: input.mimeType, size: input.bytes.byteLength });
  if (!check.ok) throw new AppError("BAD_REQUEST", `developments.${check.code}`, check.params);
  if (!contentMatchesType(check.mimeType, input.bytes)) throw new AppError("BAD_REQUEST", "developments.mediaContentMismatch");
  const development = await db.development.findUnique({ where: { id: input.developmentId }, select: { id: true } });
  if (!development) throw new AppError("NOT_FOUND", "developments.notFound");

  // The key carries no user text: names live in the row, the file under an opaque id.
  const storageKey = `developments/${development.id}/${randomUUID()}`;
  await putMedia(storageKey, input.bytes);
  return db.$transaction(async (tx) => {
    const last = await tx.mediaAsset.aggregate({ where: { developmentId: development.id }, _max: { position: true } });
    const media = await tx.mediaAsset.create({
      data: {
        developmentId: development.id,
        kind: input.kind,
        title: input.title?.trim().slice(0, 120) || titleFrom(fileName),
        fileName,
        mimeType: check.mimeType,
        sizeBytes: input.bytes.byteLength,
        storageKey,
        position: (last._max.position ?? -1) + 1,
      },
      select: mediaSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "media.uploaded",
      entityType: "MediaAsset",
      entityId: media.id,
      data: { title: media.title, developmentId: development.id, kind: input.kind, fileName, sizeBytes: media.sizeBytes },
    });
    const { _count, ...rest } = media;
    return { ...rest, channelCount: _count.channels };
  });
}
