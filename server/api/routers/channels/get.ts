import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { getChannel } from "@/server/services/channels/get-channel";
import { channelsProcedure } from "./procedure";

export const get = channelsProcedure.input(channelIdSchema).query(({ ctx, input }) => getChannel(ctx.db, input.channelId));
