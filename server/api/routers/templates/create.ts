import "server-only";
import { createTemplate } from "@/server/services/templates/save-template";
import { createTemplateSchema } from "@/server/services/templates/template-schemas";
import { templatesProcedure } from "./procedure";

export const create = templatesProcedure.input(createTemplateSchema).mutation(({ ctx, input }) => createTemplate(ctx.db, ctx.actor, input));
