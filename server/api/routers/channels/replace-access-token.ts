import "server-only";
import { replaceAccessTokenSchema } from "@/server/services/channels/channel-schemas";
import { replaceAccessToken as replace } from "@/server/services/channels/replace-credentials";
import { channelsProcedure } from "./procedure";

export const replaceAccessToken = channelsProcedure.input(replaceAccessTokenSchema).mutation(({ ctx, input }) => replace(ctx.db, ctx.actor, input));
