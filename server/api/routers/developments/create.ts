import "server-only";
import { createDevelopmentSchema } from "@/server/services/developments/development-schemas";
import { createDevelopment } from "@/server/services/developments/save-development";
import { developmentsProcedure } from "./procedure";

export const create = developmentsProcedure.input(createDevelopmentSchema).mutation(({ ctx, input }) => createDevelopment(ctx.db, ctx.actor, input));
