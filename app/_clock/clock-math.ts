// Times the server stamped, read against the browser's clock, which may run minutes off.

/** Server clock minus browser clock, from the server's time at render and the browser's at hydration. */
export function clockOffset(serverNowMs: number, browserNowMs: number): number {
  return serverNowMs - browserNowMs;
}

/**
 * The offset errs slightly toward the past (the render-to-hydration delay), so something the server
 * stamped a moment ago may sit just ahead of "now": it reads as now, never as "em 2 segundos".
 */
export function pastOrNow(date: Date, now: Date): Date {
  return date > now ? now : date;
}

/** What is left of a customer-service window, never more than the channel's window itself. */
export function windowMsLeft(expiresAt: Date, now: Date, windowHours: number): number {
  return Math.max(0, Math.min(+expiresAt - +now, windowHours * 3_600_000));
}
