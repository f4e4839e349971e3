"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

// Ctrl+. opens the assistant's suggestions from anywhere in the conversation. Chosen because no
// browser, the composer (Enter, Shift+Enter, "/", arrows, Esc) nor the inbox (Alt+↑/↓) uses it, and
// it types nothing; Alt+S opens Firefox's History menu on Windows and Linux.
export const SUGGESTIONS_SHORTCUT = "Ctrl+.";

export function isSuggestionsShortcut(event: KeyboardEvent): boolean {
  return event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey && (event.key === "." || event.code === "Period");
}

export function useSuggestionsShortcut(onShortcut: () => void) {
  const handler = useRef(onShortcut);
  useEffect(() => {
    handler.current = onShortcut;
  });
  // A layout effect registers in the commit that shows the Sugestões button, so the shortcut works as
  // soon as its button can be seen; a passive effect left a gap after hydration where the key was lost.
  useLayoutEffect(() => {
    const listen = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !isSuggestionsShortcut(event)) return;
      // A dialog on top (templates, materials) keeps its own keys.
      if (event.target instanceof Element && event.target.closest("[role=dialog]")) return;
      event.preventDefault();
      handler.current();
    };
    window.addEventListener("keydown", listen);
    return () => window.removeEventListener("keydown", listen);
  }, []);
}
