import { describe, expect, it } from "vitest";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { LoginOutcome } from "@/generated/prisma/enums";
import { testDb } from "@/test/db";
import type { LoginLimits } from "./login-throttle";
import { verifyPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";

const limits: LoginLimits = { maxFailures: 3, windowMinutes: 15, maxFailuresPerEmail: 8, maxFailuresPerIp: 12 };
const PASSWORD = "cavalo correto bateria";
const t0 = new Date("2026-12-01T12:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
// A fresh address per test: the per-address limit spans every e-mail, and tests share one database.
const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function login(email: string, password: string, ip: string | null, seconds: number) {
  return verifyCredentials(testDb(), { email, password, ip }, limits, { now: at(seconds) });
}

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await seedUser(testDb(), { password: PASSWORD });
    const result = await verifyCredentials(testDb(), { email: user.email.toUpperCase(), password: PASSWORD }, limits);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 0, mustChangePassword: false } });
  });

  it("refuses a wrong password, an unknown e-mail and an inactive user alike", async () => {
    const user = await seedUser(testDb(), { password: PASSWORD });
    const inactive = await seedUser(testDb(), { password: PASSWORD, active: false });
    expect(await verifyCredentials(testDb(), { email: user.email, password: "errada" }, limits)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(testDb(), { email: `ninguem-${uniqueSuffix()}@example.com`, password: "x" }, limits)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(testDb(), { email: inactive.email, password: PASSWORD }, limits)).toEqual({ ok: false, reason: "invalid" });
  });

  it("lets no more than the allowance of a parallel burst reach argon2", async () => {
    // Before attempts were recorded ahead of the check, all 20 saw no failure and all 20 were verified.
    const user = await seedUser(testDb(), { password: PASSWORD });
    const ip = address();
    let verified = 0;
    const counting = (hash: string, password: string) => {
      verified++;
      return verifyPassword(hash, password);
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => verifyCredentials(testDb(), { email: user.email, password: "errada", ip }, limits, { now: t0, verify: counting })),
    );
    expect(verified).toBeLessThanOrEqual(limits.maxFailures);
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(verified);
    expect(results.filter((r) => r.ok === false && r.reason === "rate_limited")).toHaveLength(20 - verified);
    const outcomes = await testDb().loginAttempt.groupBy({ by: ["outcome"], where: { email: user.email }, _count: true });
    const count = (outcome: LoginOutcome) => outcomes.find((o) => o.outcome === outcome)?._count ?? 0;
    expect([count(LoginOutcome.FAILURE), count(LoginOutcome.THROTTLED), count(LoginOutcome.PENDING)]).toEqual([verified, 20 - verified, 0]);
  });

  it("grows the delay with each failure instead of locking, and lets the right password in once it passes", async () => {
    const user = await seedUser(testDb(), { password: PASSWORD });
    const ip = address();
    for (const s of [0, 1, 2]) expect(await login(user.email, "errada", ip, s)).toEqual({ ok: false, reason: "invalid" });
    // Even the right password waits: a throttled attempt must not tell whether it was right.
    expect(await login(user.email, PASSWORD, ip, 10)).toEqual({ ok: false, reason: "rate_limited", scope: "account", retryAfterSeconds: 22 });
    expect(await login(user.email, "errada", ip, 33)).toEqual({ ok: false, reason: "invalid" });
    // The fourth failure doubles the wait (60 s from 33 s); hammering meanwhile does not extend it.
    for (const s of [40, 50, 60, 80]) expect(await login(user.email, "errada", ip, s)).toMatchObject({ reason: "rate_limited", retryAfterSeconds: 93 - s });
    expect(await login(user.email, PASSWORD, ip, 94)).toMatchObject({ ok: true, user: { id: user.id } });
    // A success clears the slate for that address.
    expect(await login(user.email, "errada", ip, 95)).toEqual({ ok: false, reason: "invalid" });
  });

  it("does not lock the owner out: another address still gets in while one is delayed", async () => {
    const user = await seedUser(testDb(), { password: PASSWORD });
    const attacker = address();
    for (const s of [0, 1, 2, 3]) await login(user.email, "errada", attacker, s);
    expect(await login(user.email, "errada", attacker, 4)).toMatchObject({ reason: "rate_limited" });
    expect(await login(user.email, PASSWORD, address(), 5)).toMatchObject({ ok: true });
  });

  it("an attack spread over many addresses delays the e-mail, but not from an address it signed in from lately", async () => {
    const user = await seedUser(testDb(), { password: PASSWORD });
    const home = address();
    expect(await login(user.email, PASSWORD, home, -3600)).toMatchObject({ ok: true });
    for (let i = 0; i < limits.maxFailuresPerEmail; i++) expect(await login(user.email, "errada", address(), i)).toEqual({ ok: false, reason: "invalid" });
    expect(await login(user.email, PASSWORD, address(), 10)).toMatchObject({ ok: false, reason: "rate_limited", scope: "account" });
    expect(await login(user.email, PASSWORD, home, 11)).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("delays an address that fails across many e-mails, and only that address", async () => {
    const ip = address();
    for (let i = 0; i < limits.maxFailuresPerIp; i++) await login(`alvo-${i}-${uniqueSuffix()}@example.com`, "errada", ip, i);
    const user = await seedUser(testDb(), { password: PASSWORD });
    expect(await login(user.email, PASSWORD, ip, 12)).toEqual({ ok: false, reason: "rate_limited", scope: "address", retryAfterSeconds: 29 });
    expect(await login(user.email, PASSWORD, address(), 12)).toMatchObject({ ok: true });
  });

  it("forgets failures older than the window", async () => {
    const user = await seedUser(testDb(), { password: PASSWORD });
    const ip = address();
    for (const s of [0, 1, 2, 3, 4]) await login(user.email, "errada", ip, s);
    expect(await login(user.email, PASSWORD, ip, 5)).toMatchObject({ reason: "rate_limited" });
    expect(await login(user.email, PASSWORD, ip, 15 * 60 + 5)).toMatchObject({ ok: true });
  });

  it("records each attempt with its outcome and address", async () => {
    const user = await seedUser(testDb(), { password: PASSWORD });
    const ip = address();
    await login(user.email, "errada", ip, 0);
    await login(user.email, PASSWORD, ip, 1);
    const rows = await testDb().loginAttempt.findMany({ where: { email: user.email }, orderBy: { id: "asc" }, select: { ip: true, outcome: true } });
    expect(rows).toEqual([{ ip, outcome: LoginOutcome.FAILURE }, { ip, outcome: LoginOutcome.SUCCESS }]);
  });
});
