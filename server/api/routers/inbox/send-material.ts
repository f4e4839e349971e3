import "server-only";
import { z } from "zod";
import { queueOutboundMessage } from "@/server/services/messages/queue-outbound-message";
import { sendTargetInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const sendMaterial = inboxProcedure
  .input(sendTargetInput.extend({ mediaAssetId: z.string().min(1).max(64), caption: z.string().max(5_000).optional() }))
  .mutation(({ ctx, input }) =>
    queueOutboundMessage(ctx.db, ctx.actor, { ...input, content: { kind: "material", mediaAssetId: input.mediaAssetId, caption: input.caption } }),
  );
