"use client";

import { useFormatter } from "next-intl";
import { pastOrNow } from "@/app/_clock/clock-math";
import { useServerNow } from "@/app/_clock/server-clock";

// "há 5 min", refreshed every 10 s on the server's clock (never "em 2 segundos"); the exact date is in the tooltip.
export function RelativeTime({ date, never }: { date: Date | null; never: string }) {
  const format = useFormatter();
  const now = useServerNow(10_000);
  if (!date) return <span className="text-ink-muted">{never}</span>;
  return (
    <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: "short", timeStyle: "short" })} suppressHydrationWarning>
      {format.relativeTime(pastOrNow(date, now), now)}
    </time>
  );
}
