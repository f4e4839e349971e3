"use client";

import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * Inserts text where a textarea's cursor is (a variable, an emoji) and leaves the cursor right
 * after it, with the focus back in the textarea at once: keys typed right after the click land in
 * the text. (Focusing a frame later lost them: e2e settings-templates typed "?" into the button.)
 */
export function useInsertAtCursor(ref: RefObject<HTMLTextAreaElement | HTMLInputElement | null>, value: string, setValue: (value: string) => void) {
  const caret = useRef<number | null>(null);
  // After the new value is on screen, before the next key is handled.
  useLayoutEffect(() => {
    if (caret.current === null) return;
    ref.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [ref, value]);

  return (text: string) => {
    const area = ref.current;
    const start = area?.selectionStart ?? value.length;
    const end = area?.selectionEnd ?? value.length;
    caret.current = start + text.length;
    setValue(value.slice(0, start) + text + value.slice(end));
    area?.focus();
  };
}
