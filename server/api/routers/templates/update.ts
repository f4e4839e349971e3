import "server-only";
import { updateTemplate } from "@/server/services/templates/save-template";
import { updateTemplateSchema } from "@/server/services/templates/template-schemas";
import { templatesProcedure } from "./procedure";

export const update = templatesProcedure.input(updateTemplateSchema).mutation(({ ctx, input }) => updateTemplate(ctx.db, ctx.actor, input));
