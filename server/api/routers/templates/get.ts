import "server-only";
import { getTemplate } from "@/server/services/templates/list-templates";
import { templateIdSchema } from "@/server/services/templates/template-schemas";
import { templatesProcedure } from "./procedure";

export const get = templatesProcedure.input(templateIdSchema).query(({ ctx, input }) => getTemplate(ctx.db, input.templateId));
