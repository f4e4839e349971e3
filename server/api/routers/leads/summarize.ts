import "server-only";
import { z } from "zod";
import { summarizeLeadConversation } from "@/server/services/assistant/summarize-conversation";
import { leadsProcedure } from "./procedure";

// "Resumir conversa": the service checks the lead and the conversation are the broker's to see,
// and the gateway that the channel's assistant is on.
export const summarize = leadsProcedure
  .input(z.object({ leadId: z.string().min(1).max(64) }))
  .mutation(({ ctx, input }) => summarizeLeadConversation(ctx.db, ctx.actor, input));
