import "server-only";
import { getConversationListItem } from "@/server/services/inbox/list-conversations";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const listItem = inboxProcedure.input(conversationIdInput).query(({ ctx, input }) => getConversationListItem(ctx.db, ctx.actor, input.conversationId));
