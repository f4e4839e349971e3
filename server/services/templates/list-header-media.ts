import "server-only";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { HEADER_MEDIA_RULES } from "./template-components";

const HEADER_MIME_TYPES = [...new Set(Object.values(HEADER_MEDIA_RULES).flatMap((rule) => rule.mimeTypes))];

/**
 * The developments' photos, videos and PDFs a template header may use (by format and size the
 * form filters further), and whether this user may add one to a library (developments permission).
 */
export async function listHeaderMedia(db: Db, actor: Actor) {
  const developments = await db.development.findMany({
    where: { media: { some: { mimeType: { in: HEADER_MIME_TYPES } } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      media: {
        where: { mimeType: { in: HEADER_MIME_TYPES } },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, title: true, fileName: true, mimeType: true, sizeBytes: true, kind: true },
      },
    },
  });
  const uploadTargets = can(actor, Permission.DEVELOPMENTS_MANAGE) ? await db.development.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }) : [];
  return { developments, canUpload: uploadTargets.length > 0, uploadTargets };
}
