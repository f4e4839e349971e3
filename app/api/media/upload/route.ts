import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { MAX_UPLOAD_BYTES } from "@/server/services/developments/media-rules";
import { uploadFromForm } from "@/server/services/developments/upload-from-form";
import { errorResponse, routeActor } from "../route-support";

// Multipart framing around the largest file Meta accepts.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

// The media library's upload (XMLHttpRequest, for the progress bar). Permission as in
// developments.* procedures; type and size checked again here after the browser's own check.
export async function POST(request: Request) {
  try {
    const actor = await routeActor();
    if (!actor) throw new AppError("UNAUTHORIZED", "unauthorized");
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_BODY_BYTES) {
      throw new AppError("BAD_REQUEST", "developments.mediaTooLarge", { size: `${Math.ceil(declared / 1024 / 1024)} MB`, max: "100 MB" });
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError("BAD_REQUEST", "developments.uploadInvalid");
    }
    const media = await uploadFromForm(getDb(), actor, form);
    return Response.json(media, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
