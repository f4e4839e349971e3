import "server-only";
import { updateChannelSchema } from "@/server/services/channels/channel-schemas";
import { updateChannel } from "@/server/services/channels/update-channel";
import { channelsProcedure } from "./procedure";

export const update = channelsProcedure.input(updateChannelSchema).mutation(({ ctx, input }) => updateChannel(ctx.db, ctx.actor, input));
