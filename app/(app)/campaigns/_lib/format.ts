// Campaign screens' dates and hours, in São Paulo time whatever the browser's zone.
const TIME_ZONE = "America/Sao_Paulo";

const dateTime = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const clock = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export const formatDateTime = (date: Date | string) => dateTime.format(new Date(date));
export const formatClock = (date: Date | string) => clock.format(new Date(date));

/** 540 → "09:00": sending hours are minutes after midnight in São Paulo. */
export function minuteToTime(minute: number): string {
  const hours = Math.floor(minute / 60) % 24;
  return `${String(minute === 1440 ? 24 : hours).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** "09:00" → 540; "24:00" → 1440 (until the end of the day); anything else → null. */
export function timeToMinute(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minute <= 1440 ? minute : null;
}
