import "server-only";
import { createChannelSchema } from "@/server/services/channels/channel-schemas";
import { createChannel } from "@/server/services/channels/create-channel";
import { channelsProcedure } from "./procedure";

export const create = channelsProcedure.input(createChannelSchema).mutation(({ ctx, input }) => createChannel(ctx.db, ctx.actor, input));
