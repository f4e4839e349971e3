import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { waitParams, type LoginLimits } from "./login-throttle";
import { hashPassword } from "./password";
import { assertPasswordPolicy } from "./password-policy";
import { checkPassword, type VerifyOptions } from "./verify-credentials";

export type ChangeOwnPasswordInput = { currentPassword: string; newPassword: string };

// The current password is checked under the login limits, so a borrowed session cannot guess it.
// Bumping sessionVersion ends every session of the user; the caller re-issues its own.
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: ChangeOwnPasswordInput,
  context: { ip: string | null; limits: LoginLimits } & VerifyOptions,
) {
  const check = await checkPassword(db, { email: actor.email, password: input.currentPassword, ip: context.ip }, context.limits, context);
  if (!check.ok && check.reason === "rate_limited") throw new AppError("TOO_MANY_REQUESTS", "password.tooManyAttempts", waitParams(check.retryAfterSeconds));
  if (!check.ok || check.user.id !== actor.id) throw new AppError("BAD_REQUEST", "password.currentWrong");
  if (input.newPassword === input.currentPassword) throw new AppError("BAD_REQUEST", "password.sameAsCurrent");
  assertPasswordPolicy(input.newPassword, actor.email);

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: context.now ?? new Date(), sessionVersion: { increment: 1 } },
      select: { id: true, name: true, sessionVersion: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "user.password.changed", entityType: "User", entityId: user.id, data: { name: user.name } });
    return { sessionVersion: user.sessionVersion };
  });
}
