import "server-only";
import { z } from "zod";
import { newConversationOptions as loadOptions } from "@/server/services/conversations/new-conversation-options";
import { leadsProcedure } from "./procedure";

// Open to INBOX_USE so that a user without active sending is told why, instead of a bare refusal.
export const newConversationOptions = leadsProcedure
  .input(z.object({ leadId: z.string().min(1).max(64) }))
  .query(({ ctx, input }) => loadOptions(ctx.db, ctx.actor, input));
