import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { listAssistantCalls } from "@/server/services/assistant/assistant-calls";
import { channelsProcedure } from "./procedure";

export const assistantCalls = channelsProcedure.input(channelIdSchema).query(({ ctx, input }) => listAssistantCalls(ctx.db, input.channelId));
