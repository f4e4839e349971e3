import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { generateOneTimePassword } from "@/server/services/auth/one-time-password";
import { hashPassword } from "@/server/services/auth/password";
import { assertPasswordPolicy } from "@/server/services/auth/password-policy";
import { ensureBuiltInProfile } from "@/server/services/profiles/built-in-profiles";

export type BootstrapAdminInput = { email: string; name?: string; password?: string };

// `npm run admin:create`: the first administrator of a production install (or a way back in for an
// existing account). The password is one-time either way: the first login must choose a new one.
export async function bootstrapAdmin(db: Db, input: BootstrapAdminInput) {
  const email = input.email.trim().toLowerCase();
  if (!z.email().safeParse(email).success) throw new AppError("BAD_REQUEST", "users.emailInvalid", { email });
  if (input.password !== undefined) assertPasswordPolicy(input.password, email);
  const oneTimePassword = input.password ?? generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);

  // Production seeds no demo data: the built-in profiles are created here when missing.
  const [existingAdmin] = await Promise.all([
    db.accessProfile.findFirst({ where: { isAdmin: true }, orderBy: { createdAt: "asc" }, select: { id: true, name: true } }),
    ensureBuiltInProfile(db, "manager"),
    ensureBuiltInProfile(db, "broker"),
  ]);
  const adminProfile = existingAdmin ?? (await ensureBuiltInProfile(db, "admin"));
  const credentials = { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() };

  const result = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
    if (!existing) {
      const user = await tx.user.create({
        data: { name: input.name?.trim() || "Administrador", email, accessProfileId: adminProfile.id, ...credentials },
        select: { id: true, name: true },
      });
      await recordAudit(tx, { actorId: null, action: "user.created", entityType: "User", entityId: user.id, data: { name: user.name, email, profileName: adminProfile.name, via: "admin:create" } });
      return { userId: user.id, created: true };
    }
    const user = await tx.user.update({
      where: { id: existing.id },
      data: { ...credentials, ...(input.name?.trim() ? { name: input.name.trim() } : {}), accessProfileId: adminProfile.id, active: true, sessionVersion: { increment: 1 } },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { actorId: null, action: "user.password.reset", entityType: "User", entityId: user.id, data: { name: user.name, email, profileName: adminProfile.name, via: "admin:create" } });
    return { userId: user.id, created: false };
  });
  return { ...result, email, oneTimePassword, generated: input.password === undefined };
}
