import "server-only";
import { developmentIdSchema } from "@/server/services/developments/development-schemas";
import { getDevelopment } from "@/server/services/developments/list-developments";
import { developmentsProcedure } from "./procedure";

export const get = developmentsProcedure.input(developmentIdSchema).query(({ ctx, input }) => getDevelopment(ctx.db, input.developmentId));
