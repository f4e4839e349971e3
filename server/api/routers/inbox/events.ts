import "server-only";
import { listConversationEvents } from "@/server/services/inbox/list-messages";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const events = inboxProcedure.input(conversationIdInput).query(({ ctx, input }) => listConversationEvents(ctx.db, ctx.actor, input.conversationId));
