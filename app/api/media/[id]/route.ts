import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { readMediaAsset } from "@/server/services/developments/media-download";
import { mediaResponse } from "../media-response";
import { errorResponse, routeActor } from "../route-support";

// A development's material, to signed-in users who send (INBOX_USE) or curate (DEVELOPMENTS_MANAGE)
// them. `?download=1` forces a download.
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await routeActor();
    if (!actor) throw new AppError("UNAUTHORIZED", "common.unauthorized");
    const { id } = await context.params;
    return mediaResponse(request, await readMediaAsset(getDb(), actor, id));
  } catch (error) {
    return errorResponse(error);
  }
}
