import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure } from "@/server/api/trpc";
import { getMessage, listMessages } from "@/server/services/inbox/list-messages";

const inboxProcedure = permissionProcedure(Permission.INBOX_USE);

export const messagesProcedure = inboxProcedure
  .input(
    z.object({
      conversationId: z.string().min(1).max(64),
      cursor: z.object({ createdAt: z.date(), id: z.string().max(64) }).nullish(),
      limit: z.number().int().min(1).max(100).default(40),
    }),
  )
  .query(({ ctx, input }) => listMessages(ctx.db, ctx.actor, input));

export const messageProcedure = inboxProcedure
  .input(z.object({ conversationId: z.string().min(1).max(64), messageId: z.string().min(1).max(64) }))
  .query(({ ctx, input }) => getMessage(ctx.db, ctx.actor, input));
