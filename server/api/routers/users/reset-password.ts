import "server-only";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/server/services/auth/password";
import { resetUserPassword } from "@/server/services/users/reset-user-password";
import { usersProcedure } from "./procedure";

// Without `password` one is generated; either way it is shown once and must be replaced at login.
export const resetPassword = usersProcedure
  .input(z.object({ userId: z.string(), password: z.string().min(1).max(MAX_PASSWORD_LENGTH).optional() }))
  .mutation(({ ctx, input }) => resetUserPassword(ctx.db, ctx.actor, input));
