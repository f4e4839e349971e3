import "server-only";
import { mediaIdSchema } from "@/server/services/developments/development-schemas";
import { removeMedia as remove } from "@/server/services/developments/media-library";
import { developmentsProcedure } from "./procedure";

// Uploads go through app/api/media/upload (a file body with progress), not through tRPC.
export const removeMedia = developmentsProcedure.input(mediaIdSchema).mutation(({ ctx, input }) => remove(ctx.db, ctx.actor, input.mediaId));
