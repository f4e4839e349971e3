import "server-only";
import type { Db } from "@/server/db";
import { LoginOutcome } from "@/generated/prisma/enums";
import { decideThrottle, KNOWN_ADDRESS_DAYS, type LoginLimits, type Throttle } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";

export type { LoginLimits };
export type LoginUser = { id: string; name: string; email: string; sessionVersion: number; mustChangePassword: boolean };
export type LoginResult = { ok: true; user: LoginUser } | { ok: false; reason: "invalid" } | ({ ok: false; reason: "rate_limited" } & Throttle);
export type VerifyOptions = {
  now?: Date;
  // The argon2 check; the burst test wraps it to count how many attempts really reached it.
  verify?: (passwordHash: string, password: string) => Promise<boolean>;
};

// Compared against when the e-mail is unknown, so both paths cost one argon2 verification.
let decoyHash: Promise<string> | undefined;

async function throttleFor(db: Db, attempt: { id: bigint; email: string; ip: string | null }, limits: LoginLimits, now: Date) {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const rows = await db.loginAttempt.findMany({
    where: {
      id: { not: attempt.id },
      attemptedAt: { gte: since },
      outcome: { not: LoginOutcome.THROTTLED },
      OR: [{ email: attempt.email }, ...(attempt.ip ? [{ ip: attempt.ip }] : [])],
    },
    select: { email: true, ip: true, outcome: true, attemptedAt: true },
  });
  const knownSince = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const known = attempt.ip
    ? await db.loginAttempt.findFirst({
        where: { email: attempt.email, ip: attempt.ip, outcome: LoginOutcome.SUCCESS, attemptedAt: { gte: knownSince, lt: now } },
        select: { id: true },
      })
    : null;
  return decideThrottle(rows, { email: attempt.email, ip: attempt.ip, knownAddress: Boolean(known) }, limits, now);
}

// Writes the attempt (PENDING) first and only then reads the others. Of attempts arriving together,
// each one sees at least every attempt written before its own, so however many arrive at once no
// more than the allowance reach argon2 (a burst may even be refused whole: it is not a person).
// No lock is taken, so a flood of logins never holds the connection pool.
async function admit(db: Db, attempt: { email: string; ip: string | null }, limits: LoginLimits, now: Date) {
  const row = await db.loginAttempt.create({ data: { email: attempt.email, ip: attempt.ip, attemptedAt: now }, select: { id: true } });
  const throttle = await throttleFor(db, { id: row.id, ...attempt }, limits, now);
  if (throttle) await db.loginAttempt.update({ where: { id: row.id }, data: { outcome: LoginOutcome.THROTTLED } });
  return { attemptId: row.id, throttle };
}

// Checks an e-mail and password under the login limits (server/services/auth/login-throttle.ts).
export async function checkPassword(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  limits: LoginLimits,
  options: VerifyOptions = {},
): Promise<LoginResult> {
  const now = options.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const { attemptId, throttle } = await admit(db, { email, ip: input.ip ?? null }, limits, now);
  if (throttle) return { ok: false, reason: "rate_limited", ...throttle };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const valid = await (options.verify ?? verifyPassword)(user?.passwordHash ?? (await decoyHash), input.password);
  const success = Boolean(user?.active && valid);
  await db.loginAttempt.update({ where: { id: attemptId }, data: { outcome: success ? LoginOutcome.SUCCESS : LoginOutcome.FAILURE } });
  if (!success || !user) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword },
  };
}

// The login form's check: as `checkPassword`, and a success is the user's last login.
export async function verifyCredentials(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  limits: LoginLimits,
  options: VerifyOptions = {},
): Promise<LoginResult> {
  const result = await checkPassword(db, input, limits, options);
  if (result.ok) await db.user.update({ where: { id: result.user.id }, data: { lastLoginAt: options.now ?? new Date() } });
  return result;
}
