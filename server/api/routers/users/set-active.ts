import "server-only";
import { z } from "zod";
import { setUserActive } from "@/server/services/users/update-user-access";
import { usersProcedure } from "./procedure";

export const setActive = usersProcedure
  .input(z.object({ userId: z.string(), active: z.boolean() }))
  .mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.actor, input));
