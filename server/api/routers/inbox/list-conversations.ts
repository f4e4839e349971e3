import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure } from "@/server/api/trpc";
import { countUnreadConversations, getConversationListItem, listConversations } from "@/server/services/inbox/list-conversations";
import { conversationIdInput } from "./inputs";

export const listConversationsInput = z.object({
  scope: z.enum(["all", "mine", "queues", "unassigned"]).default("all"),
  channelId: z.string().max(64).optional(),
  state: z.enum(["open", "expired", "closed"]).optional(),
  closingSoon: z.boolean().optional(),
  search: z.string().trim().max(100).optional(),
  cursor: z.object({ lastMessageAt: z.date(), id: z.string().max(64) }).nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});

const inboxProcedure = permissionProcedure(Permission.INBOX_USE);

export const listConversationsProcedure = inboxProcedure
  .input(listConversationsInput)
  .query(({ ctx, input }) => listConversations(ctx.db, ctx.actor, input));

export const conversationListItemProcedure = inboxProcedure
  .input(conversationIdInput)
  .query(({ ctx, input }) => getConversationListItem(ctx.db, ctx.actor, input.conversationId));

export const unreadSummaryProcedure = inboxProcedure.query(async ({ ctx }) => ({ conversations: await countUnreadConversations(ctx.db, ctx.actor) }));
