import "server-only";
import { deleteProfile } from "@/server/services/profiles/delete-profile";
import { profileIdSchema } from "@/server/services/profiles/profile-schemas";
import { profilesProcedure } from "./procedure";

// `delete` cannot name a binding; router.ts wires this as `delete`.
export const remove = profilesProcedure.input(profileIdSchema).mutation(({ ctx, input }) => deleteProfile(ctx.db, ctx.actor, input));
