import "server-only";
import { deleteStandardMessage } from "@/server/services/standard-messages/save-standard-message";
import { standardMessageIdSchema } from "@/server/services/standard-messages/standard-message-schemas";
import { standardMessagesProcedure } from "./procedure";

// `delete` cannot name a binding; router.ts wires this as `delete`.
export const remove = standardMessagesProcedure
  .input(standardMessageIdSchema)
  .mutation(({ ctx, input }) => deleteStandardMessage(ctx.db, ctx.actor, input));
