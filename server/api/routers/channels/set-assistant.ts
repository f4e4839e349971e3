import "server-only";
import { setChannelAssistantSchema } from "@/server/services/assistant/assistant-schemas";
import { setChannelAssistant } from "@/server/services/assistant/channel-assistant";
import { channelsProcedure } from "./procedure";

export const setAssistant = channelsProcedure
  .input(setChannelAssistantSchema)
  .mutation(({ ctx, input: { channelId, ...switches } }) => setChannelAssistant(ctx.db, ctx.actor, channelId, switches));
