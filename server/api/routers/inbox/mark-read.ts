import "server-only";
import { markConversationRead } from "@/server/services/inbox/mark-conversation-read";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const markRead = inboxProcedure.input(conversationIdInput).mutation(({ ctx, input }) => markConversationRead(ctx.db, ctx.actor, input.conversationId));
