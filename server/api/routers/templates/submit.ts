import "server-only";
import { submitTemplate } from "@/server/services/templates/submit-template";
import { templateIdSchema } from "@/server/services/templates/template-schemas";
import { templatesProcedure } from "./procedure";

export const submit = templatesProcedure.input(templateIdSchema).mutation(({ ctx, input }) => submitTemplate(ctx.db, ctx.actor, input.templateId));
