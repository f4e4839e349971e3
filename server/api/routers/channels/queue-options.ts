import "server-only";
import { channelQueueOptions } from "@/server/services/channels/channel-queue-options";
import { channelsProcedure } from "./procedure";

export const queueOptions = channelsProcedure.query(({ ctx }) => channelQueueOptions(ctx.db, ctx.actor));
