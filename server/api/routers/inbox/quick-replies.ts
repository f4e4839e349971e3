import "server-only";
import { listQuickReplies } from "@/server/services/inbox/list-quick-replies";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const quickReplies = inboxProcedure.input(conversationIdInput).query(({ ctx, input }) => listQuickReplies(ctx.db, ctx.actor, input.conversationId));
