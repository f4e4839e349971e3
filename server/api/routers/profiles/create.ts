import "server-only";
import { createProfile } from "@/server/services/profiles/save-profile";
import { profileInput } from "@/server/services/profiles/profile-schemas";
import { profilesProcedure } from "./procedure";

export const create = profilesProcedure.input(profileInput).mutation(({ ctx, input }) => createProfile(ctx.db, ctx.actor, input));
