import "server-only";
import { listTemplates } from "@/server/services/templates/list-templates";
import { templateChannelIdSchema } from "@/server/services/templates/template-schemas";
import { templatesProcedure } from "./procedure";

export const list = templatesProcedure.input(templateChannelIdSchema).query(({ ctx, input }) => listTemplates(ctx.db, input.channelId));
