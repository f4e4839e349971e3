import "server-only";
import { z } from "zod";
import { listUsers } from "@/server/services/users/list-users";
import { userFilter } from "@/server/services/users/user-schemas";
import { usersProcedure } from "./procedure";

export const list = usersProcedure
  .input(userFilter.extend({ cursor: z.string().nullish(), limit: z.number().int().min(1).max(200).optional() }))
  .query(({ ctx, input: { cursor, limit, ...filter } }) => listUsers(ctx.db, filter, { cursor: cursor ?? undefined, limit }));
