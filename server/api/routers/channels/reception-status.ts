import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { receptionStatus as status } from "@/server/services/channels/reception-status";
import { channelsProcedure } from "./procedure";

export const receptionStatus = channelsProcedure.input(channelIdSchema).query(({ ctx, input }) => status(ctx.db, input.channelId));
