import "server-only";
import { replaceAppSecretSchema } from "@/server/services/channels/channel-schemas";
import { replaceAppSecret as replace } from "@/server/services/channels/replace-credentials";
import { channelsProcedure } from "./procedure";

export const replaceAppSecret = channelsProcedure.input(replaceAppSecretSchema).mutation(({ ctx, input }) => replace(ctx.db, ctx.actor, input));
