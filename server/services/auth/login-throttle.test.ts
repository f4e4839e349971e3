import { describe, expect, it } from "vitest";
import { LoginOutcome } from "@/generated/prisma/enums";
import { decideThrottle, FIRST_DELAY_MS, waitParams, type AttemptRow, type LoginLimits } from "./login-throttle";

const limits: LoginLimits = { maxFailures: 3, windowMinutes: 15, maxFailuresPerEmail: 6, maxFailuresPerIp: 10 };
const t0 = new Date("2026-12-01T12:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const failure = (seconds: number, ip = "10.0.0.1", email = "a@x.com"): AttemptRow => ({ email, ip, outcome: LoginOutcome.FAILURE, attemptedAt: at(seconds) });
const attempt = (ip = "10.0.0.1", knownAddress = false) => ({ email: "a@x.com", ip, knownAddress });

describe("login back-off", () => {
  it("lets the allowance through, then waits 30 s after the last failure, doubling per failure up to the window", () => {
    expect(decideThrottle([failure(0), failure(1)], attempt(), limits, at(2))).toBeNull();
    expect(decideThrottle([failure(0), failure(1), failure(2)], attempt(), limits, at(2))).toEqual({ scope: "account", retryAfterSeconds: 30 });
    expect(decideThrottle([failure(0), failure(1), failure(2)], attempt(), limits, at(32))).toBeNull();
    const four = [failure(0), failure(1), failure(2), failure(40)];
    expect(decideThrottle(four, attempt(), limits, at(40))?.retryAfterSeconds).toBe(60);
    const many = Array.from({ length: 12 }, (_, i) => failure(i));
    expect(decideThrottle(many, attempt(), limits, at(11))?.retryAfterSeconds).toBe(15 * 60);
    expect(FIRST_DELAY_MS).toBe(30_000);
  });

  it("forgets the failures before the last success on that key", () => {
    const rows = [failure(0), failure(1), failure(2), { ...failure(3), outcome: LoginOutcome.SUCCESS }];
    expect(decideThrottle(rows, attempt(), limits, at(4))).toBeNull();
  });

  it("counts pending attempts as failures so a burst sees itself", () => {
    const rows = [0, 0, 0].map((s) => ({ ...failure(s), outcome: LoginOutcome.PENDING }));
    expect(decideThrottle(rows, attempt(), limits, at(0))).toEqual({ scope: "account", retryAfterSeconds: 30 });
  });

  it("delays an e-mail attacked from many addresses, but not from an address it signed in from lately", () => {
    const spread = Array.from({ length: 6 }, (_, i) => failure(i, `10.0.1.${i}`));
    expect(decideThrottle(spread, attempt("10.0.9.9"), limits, at(6))).toEqual({ scope: "account", retryAfterSeconds: 29 });
    expect(decideThrottle(spread, attempt("10.0.9.9", true), limits, at(6))).toBeNull();
  });

  it("delays an address that fails across many e-mails", () => {
    const spray = Array.from({ length: 10 }, (_, i) => failure(i, "10.0.0.1", `u${i}@x.com`));
    expect(decideThrottle(spray, { email: "other@x.com", ip: "10.0.0.1", knownAddress: false }, limits, at(9))).toEqual({ scope: "address", retryAfterSeconds: 30 });
    expect(decideThrottle(spray, { email: "other@x.com", ip: "10.0.0.2", knownAddress: false }, limits, at(9))).toBeNull();
  });

  it("words the wait in minutes from one minute up", () => {
    expect(waitParams(45)).toEqual({ seconds: 45, minutes: 0 });
    expect(waitParams(61)).toEqual({ seconds: 61, minutes: 2 });
  });
});
