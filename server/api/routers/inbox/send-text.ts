import "server-only";
import { z } from "zod";
import { queueOutboundMessage } from "@/server/services/messages/queue-outbound-message";
import { sendTargetInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const sendText = inboxProcedure
  .input(sendTargetInput.extend({ body: z.string().max(10_000) }))
  .mutation(({ ctx, input }) => queueOutboundMessage(ctx.db, ctx.actor, { ...input, content: { kind: "text", body: input.body } }));
