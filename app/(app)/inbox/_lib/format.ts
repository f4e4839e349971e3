import { formatPhoneBR } from "@/server/meta/phone";

// Dates as brokers read them in WhatsApp, always in São Paulo time so the server's first paint and
// the browser agree: "hoje 14:05", "ontem", "12/11".
const TIME_ZONE = "America/Sao_Paulo";
const DAY_MS = 86_400_000;

const dayKeyFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const clockFormat = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const dayMonthFormat = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit" });
const fullDateFormat = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const longDayFormat = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long" });
const longDayYearFormat = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });

export type DayWords = { today: string; yesterday: string };

export const dayKey = (date: Date) => dayKeyFormat.format(date);
export const formatClock = (date: Date) => clockFormat.format(date);
export const formatFullDate = (date: Date) => `${fullDateFormat.format(date)} ${clockFormat.format(date)}`;

const isToday = (date: Date, now: Date) => dayKey(date) === dayKey(now);
const isYesterday = (date: Date, now: Date) => dayKey(date) === dayKey(new Date(+now - DAY_MS));
const sameYear = (date: Date, now: Date) => dayKey(date).slice(0, 4) === dayKey(now).slice(0, 4);

/** The conversation list's time: "hoje 14:05", "ontem", "12/11", "12/11/2025". */
export function formatListTime(date: Date, now: Date, words: DayWords): string {
  if (isToday(date, now)) return `${words.today} ${formatClock(date)}`;
  if (isYesterday(date, now)) return words.yesterday;
  return sameYear(date, now) ? dayMonthFormat.format(date) : fullDateFormat.format(date);
}

/** A chat's day separator: "Hoje", "Ontem", "terça-feira, 12 de novembro". */
export function formatDayLabel(date: Date, now: Date, words: DayWords): string {
  if (isToday(date, now)) return words.today;
  if (isYesterday(date, now)) return words.yesterday;
  return sameYear(date, now) ? longDayFormat.format(date) : longDayYearFormat.format(date);
}

/** Whole hours and minutes left, rounded up so "0 min" never shows while the window is open. */
export function splitDuration(ms: number): { hours: number; minutes: number } {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

export function leadDisplayName(lead: { name: string | null; phoneE164: string | null }, unnamed: string): string {
  return lead.name?.trim() || (lead.phoneE164 ? formatPhoneBR(lead.phoneE164) : unnamed);
}

/** "MS" for Maria Souza; empty for a bare phone number (the avatar then shows a person). */
export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\s]/gu, " ").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}
