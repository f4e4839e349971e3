import type { Db } from "@/server/db";
import { hashPassword, verifyPassword } from "./password";

export type LoginLimits = { maxFailures: number; windowMinutes: number };
export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" | "rate_limited" };

// Compared against when the e-mail is unknown, so both paths cost one argon2 verification.
let decoyHash: Promise<string> | undefined;

export async function verifyCredentials(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  limits: LoginLimits,
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - limits.windowMinutes * 60_000);
  const failures = await db.loginAttempt.count({ where: { email, success: false, attemptedAt: { gte: since } } });
  if (failures >= limits.maxFailures) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true, active: true } });
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
  const success = Boolean(user?.active && valid);

  await db.loginAttempt.create({ data: { email, ip: input.ip ?? null, success } });
  if (!success || !user) return { ok: false, reason: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
