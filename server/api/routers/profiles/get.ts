import "server-only";
import { AppError } from "@/server/errors";
import { getProfile } from "@/server/services/profiles/list-profiles";
import { profileIdSchema } from "@/server/services/profiles/profile-schemas";
import { profilesProcedure } from "./procedure";

export const get = profilesProcedure.input(profileIdSchema).query(async ({ ctx, input }) => {
  const profile = await getProfile(ctx.db, input.id);
  if (!profile) throw new AppError("NOT_FOUND", "profiles.notFound");
  return profile;
});
