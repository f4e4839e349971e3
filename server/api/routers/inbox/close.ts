import "server-only";
import { closeConversation } from "@/server/services/inbox/close-conversation";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const close = inboxProcedure.input(conversationIdInput).mutation(({ ctx, input }) => closeConversation(ctx.db, ctx.actor, input.conversationId));
