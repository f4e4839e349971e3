import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { auditUserChange } from "./audit-user";
import { hashPassword } from "@/server/services/auth/password";
import { assertCanAssignProfile } from "@/server/services/profiles/assert-can-grant";
import { assertPasswordPolicy } from "@/server/services/auth/password-policy";
import type { CreateUserInput } from "./user-schemas";
import { isUniqueViolation } from "@/server/db-errors";

export async function createUser(db: Db, actor: Actor, input: CreateUserInput) {
  const email = input.email.trim().toLowerCase();
  assertPasswordPolicy(input.password, email);
  // Hashed before the transaction: argon2 takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const profile = await tx.accessProfile.findUnique({ where: { id: input.accessProfileId }, select: { id: true, name: true, isAdmin: true, permissions: true } });
      if (!profile) throw new AppError("NOT_FOUND", "profiles.notFound");
      assertCanAssignProfile(actor, profile);
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new AppError("CONFLICT", "users.emailTaken", { email });
      const user = await tx.user.create({
        // The administrator knows this password: the user replaces it at the first login.
        data: { name: input.name.trim(), email, passwordHash, mustChangePassword: true, accessProfileId: profile.id, canCommunicate: input.canCommunicate },
        select: { id: true, name: true, email: true },
      });
      await auditUserChange(tx, actor, user.id, "user.created", { name: user.name, email: user.email, profileName: profile.name, canCommunicate: input.canCommunicate });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "users.emailTaken", { email });
    throw error;
  }
}
