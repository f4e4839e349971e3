import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { assistantUsage as readUsage } from "@/server/services/assistant/assistant-usage";
import { channelsProcedure } from "./procedure";

export const assistantUsage = channelsProcedure.input(channelIdSchema).query(({ ctx, input }) => readUsage(ctx.db, input.channelId));
