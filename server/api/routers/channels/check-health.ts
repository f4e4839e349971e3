import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { checkChannelHealth } from "@/server/services/channels/check-channel-health";
import { channelsProcedure } from "./procedure";

export const checkHealth = channelsProcedure.input(channelIdSchema).mutation(({ ctx, input }) => checkChannelHealth(ctx.db, ctx.actor, input.channelId));
