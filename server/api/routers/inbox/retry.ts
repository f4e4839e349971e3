import "server-only";
import { retryMessage } from "@/server/services/messages/retry-message";
import { messageRefInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const retry = inboxProcedure.input(messageRefInput).mutation(({ ctx, input }) => retryMessage(ctx.db, ctx.actor, input));
