import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure } from "@/server/api/trpc";
import { assignConversation } from "@/server/services/inbox/assign-conversation";
import { closeConversation } from "@/server/services/inbox/close-conversation";
import { markConversationRead } from "@/server/services/inbox/mark-conversation-read";
import { conversationIdInput } from "./inputs";

const inboxProcedure = permissionProcedure(Permission.INBOX_USE);

export const markReadProcedure = inboxProcedure.input(conversationIdInput).mutation(({ ctx, input }) => markConversationRead(ctx.db, ctx.actor, input.conversationId));

// Managers assign anyone; the assignee may transfer (the service checks which applies).
export const assignProcedure = inboxProcedure
  .input(z.object({ conversationId: z.string().min(1).max(64), assigneeId: z.string().min(1).max(64).nullable() }))
  .mutation(({ ctx, input }) => assignConversation(ctx.db, ctx.actor, input));

export const closeProcedure = inboxProcedure.input(conversationIdInput).mutation(({ ctx, input }) => closeConversation(ctx.db, ctx.actor, input.conversationId));
