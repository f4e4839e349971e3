import "server-only";
import { z } from "zod";
import { listMessages } from "@/server/services/inbox/list-messages";
import { inboxProcedure } from "./procedure";

export const messages = inboxProcedure
  .input(
    z.object({
      conversationId: z.string().min(1).max(64),
      cursor: z.object({ createdAt: z.date(), id: z.string().max(64) }).nullish(),
      limit: z.number().int().min(1).max(100).default(40),
    }),
  )
  .query(({ ctx, input }) => listMessages(ctx.db, ctx.actor, input));
