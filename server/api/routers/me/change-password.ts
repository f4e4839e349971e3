import "server-only";
import { z } from "zod";
import { protectedProcedure } from "@/server/api/trpc";
import { loginLimits } from "@/server/auth/login-limits";
import { env } from "@/server/env";
import { changeOwnPassword } from "@/server/services/auth/change-own-password";
import { MAX_PASSWORD_LENGTH } from "@/server/services/auth/password";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

// Open to every signed-in user, also (and above all) while a one-time password awaits replacement.
export const changePassword = protectedProcedure
  .meta({ duringPasswordChange: true })
  .input(changePasswordInput)
  .mutation(async ({ ctx, input }) => {
    await changeOwnPassword(ctx.db, ctx.actor, input, { ip: ctx.clientAddress, limits: loginLimits(env()) });
    const sessionRenewed = ctx.renewSession ? await ctx.renewSession(ctx.actor.email, input.newPassword) : false;
    return { sessionRenewed };
  });
