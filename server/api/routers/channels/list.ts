import "server-only";
import { listChannels } from "@/server/services/channels/list-channels";
import { channelsProcedure } from "./procedure";

export const list = channelsProcedure.query(({ ctx }) => listChannels(ctx.db));
