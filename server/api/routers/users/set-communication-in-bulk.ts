import "server-only";
import { setCommunicationInBulk as setInBulk } from "@/server/services/users/set-communication";
import { bulkCommunicationInput } from "@/server/services/users/user-schemas";
import { usersProcedure } from "./procedure";

export const setCommunicationInBulk = usersProcedure.input(bulkCommunicationInput).mutation(({ ctx, input }) => setInBulk(ctx.db, ctx.actor, input));
