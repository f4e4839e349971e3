import { can, Permission } from "@/server/auth/permissions";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { BodyTooLargeError, readFormWithin } from "@/server/http/read-body";
import { isSameOrigin } from "@/server/http/same-origin";
import { MAX_UPLOAD_BYTES } from "@/server/services/developments/media-rules";
import { uploadFromForm } from "@/server/services/developments/upload-from-form";
import { errorResponse, routeActor, tooLargeResponse } from "../route-support";

// Multipart framing around the largest file Meta accepts.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

// The media library's upload (XMLHttpRequest, for the progress bar). Origin, session and the
// developments.* permission are checked before a byte of the body is read; type and size again
// after the browser's own check.
export async function POST(request: Request) {
  try {
    if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", "upload.crossOrigin");
    const actor = await routeActor();
    if (!actor) throw new AppError("UNAUTHORIZED", "common.unauthorized");
    if (!can(actor, Permission.DEVELOPMENTS_MANAGE)) throw new AppError("FORBIDDEN", "common.forbidden");
    const form = await readFormWithin(request, MAX_BODY_BYTES);
    if (!form) throw new AppError("BAD_REQUEST", "developments.uploadInvalid");
    const media = await uploadFromForm(getDb(), actor, form);
    return Response.json(media, { status: 201 });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLargeResponse(MAX_BODY_BYTES);
    return errorResponse(error);
  }
}
