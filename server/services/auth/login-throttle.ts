import "server-only";
import { LoginOutcome } from "@/generated/prisma/enums";

export type LoginLimits = {
  // Failures for one e-mail from one address before delays start (LOGIN_MAX_FAILURES).
  maxFailures: number;
  // Failures older than this are forgotten; it is also the longest delay (LOGIN_WINDOW_MINUTES).
  windowMinutes: number;
  // Failures for one e-mail from every address together (LOGIN_MAX_FAILURES_PER_EMAIL); addresses
  // the e-mail signed in from lately are exempt, so a distributed attack cannot keep its owner out.
  maxFailuresPerEmail: number;
  // Failures from one address across every e-mail (LOGIN_MAX_FAILURES_PER_IP).
  maxFailuresPerIp: number;
};

export type Throttle = { scope: "account" | "address"; retryAfterSeconds: number };

export type AttemptRow = { email: string; ip: string | null; outcome: LoginOutcome; attemptedAt: Date };

export const FIRST_DELAY_MS = 30_000;
export const KNOWN_ADDRESS_DAYS = 30;

// A pending attempt may still fail: it counts, so a parallel burst sees itself.
const counts = (row: AttemptRow) => row.outcome === LoginOutcome.FAILURE || row.outcome === LoginOutcome.PENDING;

// Milliseconds still to wait: none within the allowance, then 30 s after the last failure,
// doubling with each further failure, never more than the window.
export function backOffMs(rows: AttemptRow[], allowance: number, limits: LoginLimits, now: Date, resetOnSuccess: boolean): number {
  const lastSuccess = resetOnSuccess
    ? Math.max(0, ...rows.filter((row) => row.outcome === LoginOutcome.SUCCESS).map((row) => row.attemptedAt.getTime()))
    : 0;
  const failures = rows.filter((row) => counts(row) && row.attemptedAt.getTime() > lastSuccess);
  if (failures.length < allowance) return 0;
  const delay = Math.min(FIRST_DELAY_MS * 2 ** (failures.length - allowance), limits.windowMinutes * 60_000);
  const latest = Math.max(...failures.map((row) => row.attemptedAt.getTime()));
  return Math.max(0, latest + delay - now.getTime());
}

// `rows`: the window's attempts for this e-mail or this address, the current one excluded.
export function decideThrottle(
  rows: AttemptRow[],
  attempt: { email: string; ip: string | null; knownAddress: boolean },
  limits: LoginLimits,
  now: Date,
): Throttle | null {
  const sameEmail = rows.filter((row) => row.email === attempt.email);
  const wait = (scope: Throttle["scope"], ms: number): Throttle => ({ scope, retryAfterSeconds: Math.ceil(ms / 1000) });
  const waits = [
    wait("account", backOffMs(sameEmail.filter((row) => row.ip === attempt.ip), limits.maxFailures, limits, now, true)),
    wait("account", attempt.knownAddress ? 0 : backOffMs(sameEmail, limits.maxFailuresPerEmail, limits, now, true)),
    wait("address", attempt.ip ? backOffMs(rows.filter((row) => row.ip === attempt.ip), limits.maxFailuresPerIp, limits, now, false) : 0),
  ];
  const longest = waits.reduce((a, b) => (b.retryAfterSeconds > a.retryAfterSeconds ? b : a));
  return longest.retryAfterSeconds > 0 ? longest : null;
}

// Parameters of the pt-BR "aguarde …" texts: whole minutes from one minute up, else seconds.
export function waitParams(retryAfterSeconds: number) {
  return { seconds: retryAfterSeconds, minutes: retryAfterSeconds < 60 ? 0 : Math.ceil(retryAfterSeconds / 60) };
}
