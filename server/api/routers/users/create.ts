import "server-only";
import { createUser } from "@/server/services/users/create-user";
import { createUserInput } from "@/server/services/users/user-schemas";
import { usersProcedure } from "./procedure";

export const create = usersProcedure.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.actor, input));
