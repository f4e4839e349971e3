import "server-only";
import { listProfileOptions } from "@/server/services/users/list-users";
import { usersProcedure } from "./procedure";

export const profileOptions = usersProcedure.query(({ ctx }) => listProfileOptions(ctx.db));
