import { protectedProcedure, router } from "@/server/api/trpc";
import { ALL_PERMISSIONS, can } from "@/server/auth/permissions";

export const meRouter = router({
  get: protectedProcedure.query(({ ctx }) => ({
    id: ctx.actor.id,
    name: ctx.actor.name,
    email: ctx.actor.email,
    isAdmin: ctx.actor.isAdmin,
    canCommunicate: ctx.actor.canCommunicate,
    permissions: ALL_PERMISSIONS.filter((p) => can(ctx.actor, p)),
  })),
});
