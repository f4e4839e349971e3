import "server-only";
import { getConversation } from "@/server/services/inbox/get-conversation";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const conversation = inboxProcedure.input(conversationIdInput).query(({ ctx, input }) => getConversation(ctx.db, ctx.actor, input.conversationId));
