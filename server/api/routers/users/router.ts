import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure, router } from "@/server/api/trpc";
import { listUsers } from "@/server/services/users/list-users";
import { setUserActive, setUserProfile } from "@/server/services/users/update-user-access";
import { countCommunicationChange, setCommunicationInBulk, setUserCommunication } from "@/server/services/users/set-communication";

const usersProcedure = permissionProcedure(Permission.USERS_MANAGE);

const filter = z.object({
  search: z.string().max(200).optional(),
  profileId: z.string().optional(),
  canCommunicate: z.boolean().optional(),
  active: z.boolean().optional(),
});
const bulkTarget = z.union([z.object({ userIds: z.array(z.string()).min(1).max(5000) }), z.object({ filter })]);

export const usersRouter = router({
  list: usersProcedure.input(filter).query(({ ctx, input }) => listUsers(ctx.db, input)),
  setCommunication: usersProcedure
    .input(z.object({ userId: z.string(), canCommunicate: z.boolean() }))
    .mutation(({ ctx, input }) => setUserCommunication(ctx.db, ctx.actor, input)),
  previewBulkCommunication: usersProcedure
    .input(z.object({ target: bulkTarget, canCommunicate: z.boolean() }))
    .query(async ({ ctx, input }) => ({ count: await countCommunicationChange(ctx.db, input.target, input.canCommunicate) })),
  setCommunicationInBulk: usersProcedure
    .input(z.object({ target: bulkTarget, canCommunicate: z.boolean() }))
    .mutation(({ ctx, input }) => setCommunicationInBulk(ctx.db, ctx.actor, input)),
  setProfile: usersProcedure
    .input(z.object({ userId: z.string(), accessProfileId: z.string() }))
    .mutation(({ ctx, input }) => setUserProfile(ctx.db, ctx.actor, input)),
  setActive: usersProcedure
    .input(z.object({ userId: z.string(), active: z.boolean() }))
    .mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.actor, input)),
});
