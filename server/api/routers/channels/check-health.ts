import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { checkChannelHealthNow } from "@/server/services/channels/check-channel-health-now";
import { channelsProcedure } from "./procedure";

export const checkHealth = channelsProcedure.input(channelIdSchema).mutation(({ ctx, input }) => checkChannelHealthNow(ctx.db, ctx.actor, input.channelId));
