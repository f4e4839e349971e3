import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { readMessageMedia } from "@/server/services/media/read-message-media";
import { mediaResponse } from "../../media-response";
import { errorResponse, routeActor } from "../../route-support";

// A message's file (inbound, attached or sent material) to whoever may see its conversation.
// `?download=1` forces a download.
export async function GET(request: Request, context: { params: Promise<{ messageId: string }> }) {
  try {
    const actor = await routeActor();
    if (!actor) throw new AppError("UNAUTHORIZED", "common.unauthorized");
    const { messageId } = await context.params;
    return mediaResponse(request, await readMessageMedia(getDb(), actor, messageId));
  } catch (error) {
    return errorResponse(error);
  }
}
