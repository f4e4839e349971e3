"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_components/ui/cn";

type Status = "RECEIVED" | "QUEUED" | "SENT" | "DELIVERED" | "READ" | "FAILED";

// ✓ sent, ✓✓ delivered, blue ✓✓ read, red ! failed, a clock while queued. Never colour alone:
// every tick has a title and an accessible name.
export function MessageTick({ status, className }: { status: Status | null; className?: string }) {
  const t = useTranslations("inbox.ticks");
  if (!status || status === "RECEIVED") return null;
  const label = t(status);
  const common = { role: "img", "aria-label": label, className: cn("inline-block h-4 w-4 shrink-0", className) } as const;
  if (status === "FAILED") {
    return (
      <span {...common} title={label} data-status={status} className={cn(common.className, "rounded-full bg-danger text-center text-[11px] leading-4 font-bold text-white")}>
        !
      </span>
    );
  }
  if (status === "QUEUED") {
    return (
      <svg {...common} viewBox="0 0 16 16" data-status={status} className={cn(common.className, "text-ink-faint")} fill="none" stroke="currentColor" strokeWidth="1.5">
        <title>{label}</title>
        <circle cx="8" cy="8" r="6" />
        <path d="M8 4.5V8l2.5 1.5" />
      </svg>
    );
  }
  const double = status !== "SENT";
  return (
    <svg {...common} viewBox="0 0 18 16" data-status={status} className={cn(common.className, status === "READ" ? "text-tick-read" : "text-ink-faint")} fill="none" stroke="currentColor" strokeWidth="1.6">
      <title>{label}</title>
      <path d="M1.5 8.5l3 3 6-7" />
      {double ? <path d="M7.5 11.5l6-7" /> : null}
      {double ? <path d="M5.8 10l1.7 1.5" /> : null}
    </svg>
  );
}
