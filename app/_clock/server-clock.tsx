"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { clockOffset } from "./clock-math";

const OffsetContext = createContext(0);

// The root layout passes the server's time at render; relative times and countdowns then count
// from the server's clock, whatever the browser's says.
export function ServerClockProvider({ serverNow, children }: { serverNow: number; children: ReactNode }) {
  const [offset] = useState(() => (typeof window === "undefined" ? 0 : clockOffset(serverNow, Date.now())));
  return <OffsetContext.Provider value={offset}>{children}</OffsetContext.Provider>;
}

/** Milliseconds to add to the browser's clock to read the server's. */
export const useClockOffset = () => useContext(OffsetContext);

/** The server's current time as the browser best knows it, re-read every `intervalMs`. */
export function useServerNow(intervalMs: number): Date {
  const offset = useClockOffset();
  const [now, setNow] = useState(() => new Date(Date.now() + offset));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date(Date.now() + offset)), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, offset]);
  return now;
}
