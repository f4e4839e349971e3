"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_components/ui/cn";
import { splitDuration } from "../../_lib/format";

type Props = { open: boolean; msLeft: number; closingSoon: boolean; awaitingReply: boolean };

// "janela fecha em 3 h 12 min" — amber in the last two hours, and worded, never colour alone.
export function WindowCountdown({ open, msLeft, closingSoon, awaitingReply }: Props) {
  const t = useTranslations("inbox.window");
  const { hours, minutes } = splitDuration(msLeft);
  const text = open ? (hours > 0 ? t("closesInHours", { hours, minutes }) : t("closesInMinutes", { minutes })) : awaitingReply ? t("awaiting") : t("closed");
  return (
    <span
      data-testid="window-countdown"
      suppressHydrationWarning
      className={cn("inline-flex items-center gap-1 text-xs", !open ? "text-danger" : closingSoon ? "font-medium text-warning" : "text-ink-muted")}
    >
      <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
        <circle cx="8" cy="8" r="6" />
        <path d="M8 4.5V8l2.5 1.5" />
      </svg>
      {text}
    </span>
  );
}
