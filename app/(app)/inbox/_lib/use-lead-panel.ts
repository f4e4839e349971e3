"use client";

import { useState, useSyncExternalStore } from "react";

const KEY = "comunicador.inbox.leadPanel";
const WIDE = "(min-width: 1024px)";
const CHANGED = "comunicador:lead-panel";

function subscribe(onChange: () => void) {
  const media = window.matchMedia(WIDE);
  media.addEventListener("change", onChange);
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    media.removeEventListener("change", onChange);
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

const wideAndWanted = () => window.matchMedia(WIDE).matches && localStorage.getItem(KEY) !== "closed";
const isWide = () => window.matchMedia(WIDE).matches;

// Wide screens: a remembered side panel. Smaller ones: a sheet opened on demand, never remembered.
export function useLeadPanel() {
  const pinned = useSyncExternalStore(subscribe, wideAndWanted, () => false);
  const wide = useSyncExternalStore(subscribe, isWide, () => false);
  const [sheet, setSheet] = useState(false);
  const open = wide ? pinned : sheet;
  const toggle = () => {
    if (!wide) return setSheet((value) => !value);
    localStorage.setItem(KEY, pinned ? "closed" : "open");
    window.dispatchEvent(new Event(CHANGED));
  };
  return { open, toggle };
}
