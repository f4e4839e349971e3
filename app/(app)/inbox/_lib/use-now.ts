"use client";

import { useEffect, useState } from "react";

/** The current time, re-read every `intervalMs` (for relative times and the window countdown). */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
