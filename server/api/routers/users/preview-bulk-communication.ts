import "server-only";
import { countCommunicationChange } from "@/server/services/users/set-communication";
import { bulkCommunicationInput } from "@/server/services/users/user-schemas";
import { usersProcedure } from "./procedure";

export const previewBulkCommunication = usersProcedure
  .input(bulkCommunicationInput)
  .query(async ({ ctx, input }) => ({ count: await countCommunicationChange(ctx.db, input.target, input.canCommunicate) }));
