import "server-only";
import { moveMediaSchema } from "@/server/services/developments/development-schemas";
import { moveMedia as move } from "@/server/services/developments/media-library";
import { developmentsProcedure } from "./procedure";

export const moveMedia = developmentsProcedure.input(moveMediaSchema).mutation(({ ctx, input }) => move(ctx.db, ctx.actor, input));
