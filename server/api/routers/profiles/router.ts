import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure, router } from "@/server/api/trpc";
import { AppError } from "@/server/errors";
import { getProfile, listProfiles } from "@/server/services/profiles/list-profiles";
import { cloneProfile, createProfile, updateProfile } from "@/server/services/profiles/save-profile";
import { deleteProfile } from "@/server/services/profiles/delete-profile";
import { PROFILE_NAME_MAX, profileInput } from "@/server/services/profiles/profile-input";

const profilesProcedure = permissionProcedure(Permission.PROFILES_MANAGE);
const byId = z.object({ id: z.string().min(1) });

export const profilesRouter = router({
  list: profilesProcedure.query(({ ctx }) => listProfiles(ctx.db)),
  get: profilesProcedure.input(byId).query(async ({ ctx, input }) => {
    const profile = await getProfile(ctx.db, input.id);
    if (!profile) throw new AppError("NOT_FOUND", "profiles.notFound");
    return profile;
  }),
  create: profilesProcedure.input(profileInput).mutation(({ ctx, input }) => createProfile(ctx.db, ctx.actor, input)),
  update: profilesProcedure.input(profileInput.extend(byId.shape)).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),
  clone: profilesProcedure
    .input(byId.extend({ name: z.string().trim().min(1).max(PROFILE_NAME_MAX) }))
    .mutation(({ ctx, input }) => cloneProfile(ctx.db, ctx.actor, input)),
  delete: profilesProcedure.input(byId).mutation(({ ctx, input }) => deleteProfile(ctx.db, ctx.actor, input)),
});
