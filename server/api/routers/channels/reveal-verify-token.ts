import "server-only";
import { channelIdSchema } from "@/server/services/channels/channel-schemas";
import { revealVerifyToken as reveal } from "@/server/services/channels/replace-credentials";
import { channelsProcedure } from "./procedure";

// A mutation, not a query: it is audited and must never be prefetched or cached.
export const revealVerifyToken = channelsProcedure.input(channelIdSchema).mutation(({ ctx, input }) => reveal(ctx.db, ctx.actor, input.channelId));
