import "server-only";
import { updateProfile } from "@/server/services/profiles/save-profile";
import { profileIdSchema, profileInput } from "@/server/services/profiles/profile-schemas";
import { profilesProcedure } from "./procedure";

export const update = profilesProcedure
  .input(profileInput.extend(profileIdSchema.shape))
  .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input));
