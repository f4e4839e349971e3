import "server-only";
import { channelLinksSchema } from "@/server/services/channels/channel-schemas";
import { updateChannelLinks } from "@/server/services/channels/channel-links";
import { channelsProcedure } from "./procedure";

export const updateLinks = channelsProcedure.input(channelLinksSchema).mutation(({ ctx, input }) => updateChannelLinks(ctx.db, ctx.actor, input));
