import "server-only";
import { updateDevelopmentSchema } from "@/server/services/developments/development-schemas";
import { updateDevelopment } from "@/server/services/developments/save-development";
import { developmentsProcedure } from "./procedure";

export const update = developmentsProcedure.input(updateDevelopmentSchema).mutation(({ ctx, input }) => updateDevelopment(ctx.db, ctx.actor, input));
