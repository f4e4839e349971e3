import "server-only";
import { duplicateTemplate } from "@/server/services/templates/duplicate-template";
import { templateIdSchema } from "@/server/services/templates/template-schemas";
import { templatesProcedure } from "./procedure";

export const duplicate = templatesProcedure.input(templateIdSchema).mutation(({ ctx, input }) => duplicateTemplate(ctx.db, ctx.actor, input.templateId));
