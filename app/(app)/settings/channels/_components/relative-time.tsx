"use client";

import { useFormatter, useNow } from "next-intl";

// "há 5 min", refreshed every 30 s; the exact date is in the tooltip.
export function RelativeTime({ date, never }: { date: Date | null; never: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  if (!date) return <span className="text-ink-muted">{never}</span>;
  return (
    <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: "short", timeStyle: "short" })}>
      {format.relativeTime(date, now)}
    </time>
  );
}
