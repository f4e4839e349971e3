import "server-only";
import { z } from "zod";
import { permissionProcedure } from "@/server/api/trpc";
import { Permission } from "@/server/auth/permissions";
import { queueTemplateMessage } from "@/server/services/messages/queue-template-message";
import { clientRequestId } from "@/server/services/inbox/inbox-schemas";

// Templates are active sending: the profile's "envio ativo" permission, then the inbox's rules.
export const sendTemplate = permissionProcedure(Permission.ACTIVE_SEND)
  .input(z.object({ conversationId: z.string().min(1).max(64), templateId: z.string().min(1).max(64), clientRequestId }))
  .mutation(({ ctx, input }) => queueTemplateMessage(ctx.db, ctx.actor, input));
