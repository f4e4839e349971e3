"use client";

import { useId, useState, type KeyboardEvent, type RefObject } from "react";
import type { SuggestionMaterial } from "@/server/services/assistant/suggestion-events";
import { useSuggestionsShortcut } from "./suggestions-shortcut";
import { insertableTexts } from "./suggestions-state";
import type { OutboundPayload } from "./use-outbox";
import { useSuggestions } from "./use-suggestions";

type Input = {
  conversationId: string;
  textarea: RefObject<HTMLTextAreaElement | null>;
  text: string;
  /** Puts text at the cursor (the composer's own insert, as for emoji). */
  insert: (piece: string) => void;
  onSend: (payload: OutboundPayload) => void;
};

// The composer's side of the suggestions: Ctrl+. or the button opens them with the focus kept in the
// text box; while open, ↑/↓ pick, Tab inserts at the cursor (and closes), Esc closes. A proposed
// material goes out the way the materials dialog sends one, on the broker's click.
export function useComposerSuggestions({ conversationId, textarea, text, insert, onSend }: Input) {
  const suggestions = useSuggestions(conversationId);
  const listId = useId();
  const [index, setIndex] = useState(0);
  const [sentMaterials, setSentMaterials] = useState<ReadonlySet<string>>(() => new Set());
  const open = suggestions.state.status !== "idle";
  const insertable = insertableTexts(suggestions.state);
  const active = Math.min(index, Math.max(insertable.length - 1, 0));

  const toggle = () => {
    if (open) return suggestions.close();
    setIndex(0);
    void suggestions.ask();
    textarea.current?.focus();
  };
  useSuggestionsShortcut(toggle);

  const insertDraft = (draft: string) => {
    const start = textarea.current?.selectionStart ?? text.length;
    const glue = start > 0 && !/\s$/.test(text.slice(0, start)) ? " " : "";
    insert(glue + draft);
    suggestions.close();
  };

  /** True when the key was the panel's. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open) return false;
    if (event.key === "Escape") {
      event.preventDefault();
      suggestions.close();
      return true;
    }
    if (insertable.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setIndex((event.key === "ArrowDown" ? active + 1 : active + insertable.length - 1) % insertable.length);
      return true;
    }
    if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      insertDraft(insertable[active] ?? "");
      return true;
    }
    return false;
  };

  const sendMaterial = (material: SuggestionMaterial) => {
    onSend({ kind: "material", mediaAssetId: material.id, title: material.title });
    setSentMaterials((sent) => new Set(sent).add(material.id));
  };

  return {
    state: suggestions.state,
    open,
    listId,
    active,
    /** For the text box's aria-activedescendant. */
    activeOptionId: open && insertable.length > 0 ? `${listId}-${active}` : undefined,
    toggle,
    onKeyDown,
    insertDraft,
    sendMaterial,
    sentMaterials,
    retry: () => void suggestions.ask(),
    close: suggestions.close,
  };
}
