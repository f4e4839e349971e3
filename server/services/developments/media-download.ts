import "server-only";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getMedia } from "@/server/media/local-store";

// Brokers send materials from the inbox (INBOX_USE); managers curate them (DEVELOPMENTS_MANAGE);
// template editors preview a header file from the library (TEMPLATES_MANAGE).
export const MEDIA_READ_PERMISSIONS = [Permission.INBOX_USE, Permission.DEVELOPMENTS_MANAGE, Permission.TEMPLATES_MANAGE] as const;

export async function readMediaAsset(db: Db, actor: Actor, mediaId: string) {
  if (!MEDIA_READ_PERMISSIONS.some((p) => can(actor, p))) throw new AppError("FORBIDDEN", "common.forbidden");
  const media = await db.mediaAsset.findUnique({ where: { id: mediaId }, select: { id: true, fileName: true, mimeType: true, storageKey: true } });
  if (!media) throw new AppError("NOT_FOUND", "developments.mediaNotFound");
  let bytes: Buffer;
  try {
    bytes = await getMedia(media.storageKey);
  } catch {
    throw new AppError("NOT_FOUND", "developments.mediaFileMissing");
  }
  return { fileName: media.fileName, mimeType: media.mimeType, bytes };
}

/** inline for what a browser shows safely (images, video, PDF); attachment for everything else. */
export function contentDisposition(fileName: string, mimeType: string, download: boolean): string {
  const inline = !download && (mimeType.startsWith("image/") || mimeType.startsWith("video/") || mimeType === "application/pdf");
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
