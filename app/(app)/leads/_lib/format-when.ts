// "hoje 14:05", "ontem 09:12", "12/11 14:05", "12/11/2025 14:05" — in São Paulo time, the way
// brokers read WhatsApp, whatever the server's or browser's own time zone.
const TIME_ZONE = "America/Sao_Paulo";

const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const time = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const dayMonth = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit" });
const fullDate = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });

export type WhenWords = { today: string; yesterday: string };

const DAY_MS = 86_400_000;

export function formatWhen(date: Date, now: Date, words: WhenWords): string {
  const key = dayKey.format(date);
  const clock = time.format(date);
  if (key === dayKey.format(now)) return `${words.today} ${clock}`;
  if (key === dayKey.format(new Date(+now - DAY_MS))) return `${words.yesterday} ${clock}`;
  if (key.slice(0, 4) === dayKey.format(now).slice(0, 4)) return `${dayMonth.format(date)} ${clock}`;
  return `${fullDate.format(date)} ${clock}`;
}

/** For `title` attributes: the full date and time. */
export function formatFull(date: Date): string {
  return `${fullDate.format(date)} ${time.format(date)}`;
}
