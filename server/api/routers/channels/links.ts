import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { getChannelLinks } from "@/server/services/channels/channel-links";
import { channelsProcedure } from "./procedure";

export const links = channelsProcedure.input(channelIdSchema).query(({ ctx, input }) => getChannelLinks(ctx.db, input.channelId));
