import "server-only";
import { countUsers } from "@/server/services/users/list-users";
import { userFilter } from "@/server/services/users/user-schemas";
import { usersProcedure } from "./procedure";

export const count = usersProcedure.input(userFilter).query(({ ctx, input }) => countUsers(ctx.db, input));
