import "server-only";
import { z } from "zod";
import { assignConversation } from "@/server/services/inbox/assign-conversation";
import { inboxProcedure } from "./procedure";

// Managers assign anyone; the assignee may transfer (the service checks which applies).
export const assign = inboxProcedure
  .input(z.object({ conversationId: z.string().min(1).max(64), assigneeId: z.string().min(1).max(64).nullable() }))
  .mutation(({ ctx, input }) => assignConversation(ctx.db, ctx.actor, input));
