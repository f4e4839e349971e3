import "server-only";
import { assistantCallSchema } from "@/server/services/assistant/assistant-schemas";
import { getAssistantCall } from "@/server/services/assistant/assistant-calls";
import { channelsProcedure } from "./procedure";

export const assistantCall = channelsProcedure.input(assistantCallSchema).query(({ ctx, input }) => getAssistantCall(ctx.db, input.channelId, input.callId));
