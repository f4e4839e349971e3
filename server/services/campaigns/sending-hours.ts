import "server-only";
import { CAMPAIGN_TIME_ZONE } from "./campaign-time-zone";

const MINUTES_PER_DAY = 24 * 60;
const clock = new Intl.DateTimeFormat("en-US", { timeZone: CAMPAIGN_TIME_ZONE, hourCycle: "h23", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** Minutes since midnight in São Paulo, with the seconds as a fraction. */
export function saoPauloMinuteOfDay(at: Date): number {
  const parts = Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 60 + Number(parts.minute) + (Number(parts.second) + (at.getTime() % 1000) / 1000) / 60;
}

/**
 * How long until a campaign may send: 0 inside [fromMinute, untilMinute) in São Paulo, else the
 * time to the next opening (later today, or tomorrow once today's hours have closed).
 */
export function msUntilSendingHours(at: Date, fromMinute: number, untilMinute: number): number {
  const minute = saoPauloMinuteOfDay(at);
  if (minute >= fromMinute && minute < untilMinute) return 0;
  const wait = minute < fromMinute ? fromMinute - minute : MINUTES_PER_DAY - minute + fromMinute;
  return Math.ceil(wait * 60_000);
}
