import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure, router } from "@/server/api/trpc";
import { listStandardMessages } from "@/server/services/standard-messages/list-standard-messages";
import { createStandardMessage, deleteStandardMessage, updateStandardMessage } from "@/server/services/standard-messages/save-standard-message";
import { createStandardMessageInput, standardMessageFields } from "@/server/services/standard-messages/standard-message-input";

// Brokers manage their personal messages; managers the global ones. The service checks which.
const standardMessagesProcedure = permissionProcedure(Permission.INBOX_USE, Permission.STANDARD_MESSAGES_MANAGE);
const byId = z.object({ id: z.string().min(1) });

export const standardMessagesRouter = router({
  list: standardMessagesProcedure.query(({ ctx }) => listStandardMessages(ctx.db, ctx.actor)),
  create: standardMessagesProcedure.input(createStandardMessageInput).mutation(({ ctx, input }) => createStandardMessage(ctx.db, ctx.actor, input)),
  update: standardMessagesProcedure
    .input(standardMessageFields.extend(byId.shape))
    .mutation(({ ctx, input }) => updateStandardMessage(ctx.db, ctx.actor, input)),
  delete: standardMessagesProcedure.input(byId).mutation(({ ctx, input }) => deleteStandardMessage(ctx.db, ctx.actor, input)),
});
