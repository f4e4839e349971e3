"use client";

import { useServerNow } from "@/app/_clock/server-clock";

/** The current time on the server's clock, re-read every `intervalMs` (relative times, the window countdown). */
export function useNow(intervalMs: number): Date {
  return useServerNow(intervalMs);
}
