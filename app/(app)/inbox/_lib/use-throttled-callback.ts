"use client";

import { useCallback, useEffect, useRef } from "react";

// At most one call per `waitMs`, always with a trailing call: a burst of realtime events becomes
// one refetch shortly after the last event, never a missed one.
export function useThrottledCallback(callback: () => void, waitMs: number): () => void {
  const latest = useRef(callback);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, waitMs);
  }, [waitMs]);
}
