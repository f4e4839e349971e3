"use client";

import { useEffect, useRef } from "react";

/** Calls `load` when the returned element scrolls into view (and `enabled`). */
export function useInfiniteScroll(load: () => void, enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element || !enabled) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), { rootMargin: "200px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
