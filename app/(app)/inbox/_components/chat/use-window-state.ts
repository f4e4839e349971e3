"use client";

import { useEffect, useState } from "react";
import { useNow } from "../../_lib/use-now";

const CLOSING_SOON_MS = 2 * 60 * 60 * 1000;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

// The 24 h customer-service window, live: the composer gives way to the template path the moment
// it closes, not at the next minute tick.
export function useWindowState(expiresAt: Date | null) {
  const now = useNow(30_000);
  const [closedAt, setClosedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!expiresAt) return;
    const left = +expiresAt - Date.now();
    if (left <= 0 || left > MAX_TIMEOUT_MS) return;
    const timer = setTimeout(() => setClosedAt(new Date()), left + 50);
    return () => clearTimeout(timer);
  }, [expiresAt]);
  const reference = closedAt && closedAt > now ? closedAt : now;
  const msLeft = expiresAt ? +expiresAt - +reference : null;
  const open = msLeft !== null && msLeft > 0;
  return { open, msLeft: open ? msLeft : 0, closingSoon: open && msLeft <= CLOSING_SOON_MS };
}
