import "server-only";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { mediaKindSchema } from "./development-schemas";
import { uploadMedia } from "./upload-media";

// The multipart body the media library posts (with upload progress) to app/api/media/upload.
// Same permission as the developments procedures.
export async function uploadFromForm(db: Db, actor: Actor, form: FormData) {
  if (!can(actor, Permission.DEVELOPMENTS_MANAGE)) throw new AppError("FORBIDDEN", "common.forbidden");
  const file = form.get("file");
  const developmentId = form.get("developmentId");
  const kind = mediaKindSchema.safeParse(form.get("kind"));
  const title = form.get("title");
  if (!(file instanceof File) || typeof developmentId !== "string" || !developmentId || !kind.success) {
    throw new AppError("BAD_REQUEST", "developments.uploadInvalid");
  }
  return uploadMedia(db, actor, {
    developmentId,
    kind: kind.data,
    title: typeof title === "string" ? title : null,
    fileName: file.name,
    mimeType: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
}
