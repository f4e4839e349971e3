import "server-only";
import { protectedProcedure } from "@/server/api/trpc";
import { ALL_PERMISSIONS, can } from "@/server/auth/permissions";

// Answers during a pending password change too: the layout reads the flag to send the user there.
export const get = protectedProcedure.meta({ duringPasswordChange: true }).query(({ ctx }) => ({
  id: ctx.actor.id,
  name: ctx.actor.name,
  email: ctx.actor.email,
  isAdmin: ctx.actor.isAdmin,
  canCommunicate: ctx.actor.canCommunicate,
  mustChangePassword: ctx.mustChangePassword,
  permissions: ALL_PERMISSIONS.filter((p) => can(ctx.actor, p)),
}));
