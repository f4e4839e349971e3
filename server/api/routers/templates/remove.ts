import "server-only";
import { deleteTemplate } from "@/server/services/templates/delete-template";
import { templateIdSchema } from "@/server/services/templates/template-schemas";
import { templatesProcedure } from "./procedure";

export const remove = templatesProcedure.input(templateIdSchema).mutation(({ ctx, input }) => deleteTemplate(ctx.db, ctx.actor, input.templateId));
