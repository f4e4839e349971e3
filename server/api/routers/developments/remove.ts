import "server-only";
import { developmentIdSchema } from "@/server/services/developments/development-schemas";
import { deleteDevelopment } from "@/server/services/developments/save-development";
import { developmentsProcedure } from "./procedure";

export const remove = developmentsProcedure.input(developmentIdSchema).mutation(({ ctx, input }) => deleteDevelopment(ctx.db, ctx.actor, input.developmentId));
