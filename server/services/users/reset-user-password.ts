import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { auditUserChange } from "./audit-user";
import { generateOneTimePassword } from "@/server/services/auth/one-time-password";
import { hashPassword } from "@/server/services/auth/password";
import { assertCanManageUser } from "@/server/services/profiles/assert-can-grant";
import { assertPasswordPolicy } from "@/server/services/auth/password-policy";

export type ResetUserPasswordInput = { userId: string; password?: string };

// The user's sessions end and the next login must choose a new password. The one-time password
// is returned once, to be handed over; it is never stored in clear nor written to the audit.
export async function resetUserPassword(db: Db, actor: Actor, input: ResetUserPasswordInput) {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, name: true, email: true, accessProfile: { select: { isAdmin: true, permissions: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "users.notFound");
  if (user.id === actor.id) throw new AppError("PRECONDITION_FAILED", "password.resetOwn");
  // Otherwise USERS_MANAGE would be a way into an administrator's, or a Gestor's, account.
  assertCanManageUser(actor, user.accessProfile);
  if (input.password !== undefined) assertPasswordPolicy(input.password, user.email);

  const oneTimePassword = input.password ?? generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await auditUserChange(tx, actor, user.id, "user.password.reset", { name: user.name, email: user.email, chosenByAdmin: input.password !== undefined });
  });
  return { oneTimePassword };
}
