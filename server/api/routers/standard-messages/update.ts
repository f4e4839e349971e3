import "server-only";
import { updateStandardMessage } from "@/server/services/standard-messages/save-standard-message";
import { standardMessageFields, standardMessageIdSchema } from "@/server/services/standard-messages/standard-message-schemas";
import { standardMessagesProcedure } from "./procedure";

export const update = standardMessagesProcedure
  .input(standardMessageFields.extend(standardMessageIdSchema.shape))
  .mutation(({ ctx, input }) => updateStandardMessage(ctx.db, ctx.actor, input));
