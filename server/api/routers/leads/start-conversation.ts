import "server-only";
import { z } from "zod";
import { startWithTemplate } from "@/server/services/conversations/start-with-template";
import { leadsProcedure } from "./procedure";

export const startConversationInput = z.object({
  leadId: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  templateId: z.string().min(1).max(64),
  developmentId: z.string().min(1).max(64).nullish(),
  headerMediaAssetId: z.string().min(1).max(64).nullish(),
  clientRequestId: z.string().min(8).max(100),
});

// INBOX_USE opens the procedure; ACTIVE_SEND and the communication flag are checked by the
// service, which answers with the reason in pt-BR.
export const startConversation = leadsProcedure
  .input(startConversationInput)
  .mutation(({ ctx, input }) => startWithTemplate(ctx.db, ctx.actor, input));
