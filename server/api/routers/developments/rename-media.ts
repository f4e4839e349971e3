import "server-only";
import { renameMediaSchema } from "@/server/services/developments/development-schemas";
import { renameMedia as rename } from "@/server/services/developments/media-library";
import { developmentsProcedure } from "./procedure";

export const renameMedia = developmentsProcedure.input(renameMediaSchema).mutation(({ ctx, input }) => rename(ctx.db, ctx.actor, input));
