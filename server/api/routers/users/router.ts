import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure, router } from "@/server/api/trpc";
import { countUsers, listProfileOptions, listUsers } from "@/server/services/users/list-users";
import { setUserActive, setUserProfile } from "@/server/services/users/update-user-access";
import { countCommunicationChange, setCommunicationInBulk, setUserCommunication } from "@/server/services/users/set-communication";
import { createUser } from "@/server/services/users/create-user";
import { createUserInput } from "@/server/services/users/user-input";
import { resetUserPassword } from "@/server/services/users/reset-user-password";
import { MAX_PASSWORD_LENGTH } from "@/server/services/auth/password";
import { bulkCommunicationInput, userFilter } from "./inputs";

const usersProcedure = permissionProcedure(Permission.USERS_MANAGE);

export const usersRouter = router({
  list: usersProcedure
    .input(userFilter.extend({ cursor: z.string().nullish(), limit: z.number().int().min(1).max(200).optional() }))
    .query(({ ctx, input: { cursor, limit, ...filter } }) => listUsers(ctx.db, filter, { cursor: cursor ?? undefined, limit })),
  count: usersProcedure.input(userFilter).query(({ ctx, input }) => countUsers(ctx.db, input)),
  profileOptions: usersProcedure.query(({ ctx }) => listProfileOptions(ctx.db)),
  create: usersProcedure.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.actor, input)),
  setCommunication: usersProcedure
    .input(z.object({ userId: z.string(), canCommunicate: z.boolean() }))
    .mutation(({ ctx, input }) => setUserCommunication(ctx.db, ctx.actor, input)),
  previewBulkCommunication: usersProcedure
    .input(bulkCommunicationInput)
    .query(async ({ ctx, input }) => ({ count: await countCommunicationChange(ctx.db, input.target, input.canCommunicate) })),
  setCommunicationInBulk: usersProcedure.input(bulkCommunicationInput).mutation(({ ctx, input }) => setCommunicationInBulk(ctx.db, ctx.actor, input)),
  setProfile: usersProcedure
    .input(z.object({ userId: z.string(), accessProfileId: z.string() }))
    .mutation(({ ctx, input }) => setUserProfile(ctx.db, ctx.actor, input)),
  setActive: usersProcedure
    .input(z.object({ userId: z.string(), active: z.boolean() }))
    .mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.actor, input)),
  // Without `password` one is generated; either way it is shown once and must be replaced at login.
  resetPassword: usersProcedure
    .input(z.object({ userId: z.string(), password: z.string().min(1).max(MAX_PASSWORD_LENGTH).optional() }))
    .mutation(({ ctx, input }) => resetUserPassword(ctx.db, ctx.actor, input)),
});
