import "server-only";
import { countUnreadConversations } from "@/server/services/inbox/list-conversations";
import { inboxProcedure } from "./procedure";

export const unreadSummary = inboxProcedure.query(async ({ ctx }) => ({ conversations: await countUnreadConversations(ctx.db, ctx.actor) }));
