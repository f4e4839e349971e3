"use client";

import { useEffect, useState } from "react";
import { windowMsLeft } from "@/app/_clock/clock-math";
import { useClockOffset } from "@/app/_clock/server-clock";
import { useNow } from "../../_lib/use-now";

const CLOSING_SOON_MS = 2 * 60 * 60 * 1000;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

// The 24 h customer-service window, live: the composer gives way to the template path the moment
// it closes, not at the next minute tick. Counted on the server's clock and never past the
// channel's window, so a lead's fresh message never reads "24 h 1 min".
export function useWindowState(expiresAt: Date | null, windowHours: number) {
  const now = useNow(30_000);
  const offset = useClockOffset();
  const [closedAt, setClosedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!expiresAt) return;
    const left = +expiresAt - (Date.now() + offset);
    if (left <= 0 || left > MAX_TIMEOUT_MS) return;
    const timer = setTimeout(() => setClosedAt(expiresAt), left + 50);
    return () => clearTimeout(timer);
  }, [expiresAt, offset]);
  const reference = closedAt && closedAt > now ? closedAt : now;
  const msLeft = expiresAt ? windowMsLeft(expiresAt, reference, windowHours) : 0;
  const open = msLeft > 0;
  return { open, msLeft, closingSoon: open && msLeft <= CLOSING_SOON_MS };
}
