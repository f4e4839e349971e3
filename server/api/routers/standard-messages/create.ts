import "server-only";
import { createStandardMessage } from "@/server/services/standard-messages/save-standard-message";
import { createStandardMessageInput } from "@/server/services/standard-messages/standard-message-schemas";
import { standardMessagesProcedure } from "./procedure";

export const create = standardMessagesProcedure
  .input(createStandardMessageInput)
  .mutation(({ ctx, input }) => createStandardMessage(ctx.db, ctx.actor, input));
