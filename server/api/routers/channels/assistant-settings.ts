import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { getChannelAssistant } from "@/server/services/assistant/channel-assistant";
import { channelsProcedure } from "./procedure";

export const assistantSettings = channelsProcedure.input(channelIdSchema).query(({ ctx, input }) => getChannelAssistant(ctx.db, input.channelId));
