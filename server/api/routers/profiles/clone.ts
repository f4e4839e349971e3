import "server-only";
import { z } from "zod";
import { cloneProfile } from "@/server/services/profiles/save-profile";
import { PROFILE_NAME_MAX, profileIdSchema } from "@/server/services/profiles/profile-schemas";
import { profilesProcedure } from "./procedure";

export const clone = profilesProcedure
  .input(profileIdSchema.extend({ name: z.string().trim().min(1).max(PROFILE_NAME_MAX) }))
  .mutation(({ ctx, input }) => cloneProfile(ctx.db, ctx.actor, input));
