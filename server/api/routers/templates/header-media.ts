import "server-only";
import { listHeaderMedia } from "@/server/services/templates/list-header-media";
import { templatesProcedure } from "./procedure";

export const headerMedia = templatesProcedure.query(({ ctx }) => listHeaderMedia(ctx.db, ctx.actor));
