import "server-only";
import { z } from "zod";
import { setUserProfile } from "@/server/services/users/update-user-access";
import { usersProcedure } from "./procedure";

export const setProfile = usersProcedure
  .input(z.object({ userId: z.string(), accessProfileId: z.string() }))
  .mutation(({ ctx, input }) => setUserProfile(ctx.db, ctx.actor, input));
