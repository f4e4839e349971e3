import "server-only";
import { templateChannelIdSchema } from "@/server/services/templates/template-schemas";
import { getTemplateChannel } from "@/server/services/templates/template-channels";
import { templatesProcedure } from "./procedure";

export const channel = templatesProcedure.input(templateChannelIdSchema).query(({ ctx, input }) => getTemplateChannel(ctx.db, input.channelId));
