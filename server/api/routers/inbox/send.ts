import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure } from "@/server/api/trpc";
import { queueOutboundMessage } from "@/server/services/messages/queue-outbound-message";
import { queueTemplateMessage } from "@/server/services/messages/queue-template-message";
import { retryMessage } from "@/server/services/messages/retry-message";
import { clientRequestId } from "./inputs";

const inboxProcedure = permissionProcedure(Permission.INBOX_USE);
const target = { conversationId: z.string().min(1).max(64), clientRequestId, replyToMessageId: z.string().max(64).nullish() };

export const sendTextProcedure = inboxProcedure
  .input(z.object({ ...target, body: z.string().max(10_000) }))
  .mutation(({ ctx, input }) => queueOutboundMessage(ctx.db, ctx.actor, { ...input, content: { kind: "text", body: input.body } }));

export const sendMaterialProcedure = inboxProcedure
  .input(z.object({ ...target, mediaAssetId: z.string().min(1).max(64), caption: z.string().max(5_000).optional() }))
  .mutation(({ ctx, input }) =>
    queueOutboundMessage(ctx.db, ctx.actor, { ...input, content: { kind: "material", mediaAssetId: input.mediaAssetId, caption: input.caption } }),
  );

// Templates are active sending: the profile's "envio ativo" permission, then the inbox's rules.
export const sendTemplateProcedure = permissionProcedure(Permission.ACTIVE_SEND)
  .input(z.object({ conversationId: z.string().min(1).max(64), templateId: z.string().min(1).max(64), clientRequestId }))
  .mutation(({ ctx, input }) => queueTemplateMessage(ctx.db, ctx.actor, input));

export const retryProcedure = inboxProcedure
  .input(z.object({ conversationId: z.string().min(1).max(64), messageId: z.string().min(1).max(64) }))
  .mutation(({ ctx, input }) => retryMessage(ctx.db, ctx.actor, input));
