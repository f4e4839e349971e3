import type { FinalDraft, SuggestionContext, SuggestionDraft, SuggestionWireEvent } from "@/server/services/assistant/suggestion-events";

// What the suggestions panel shows, built from the route's events in order (suggestion-events.ts).
export type SuggestionsState =
  | { status: "idle" }
  /** Asked; retrieval not back yet. */
  | { status: "loading" }
  /** Retrieval back; drafts streaming while `writing`, final once `done` came. */
  | { status: "ready"; context: SuggestionContext; drafts: (SuggestionDraft | FinalDraft)[]; writing: boolean; error: string | null }
  /** Nothing came back (the route refused, or the network failed before the retrieval). */
  | { status: "failed"; error: string };

export const IDLE: SuggestionsState = { status: "idle" };

export function applySuggestionEvent(state: SuggestionsState, event: SuggestionWireEvent): SuggestionsState {
  if (event.type === "context") return { status: "ready", context: event, drafts: [], writing: event.mode === "drafts", error: null };
  if (state.status !== "ready") return event.type === "error" ? { status: "failed", error: event.message } : state;
  switch (event.type) {
    case "draft": {
      const drafts = state.drafts.slice();
      drafts[event.index] = { text: event.text, refs: event.refs };
      return { ...state, drafts: drafts.filter(Boolean) };
    }
    case "done":
      return { ...state, drafts: event.drafts, writing: false };
    case "error":
      return { ...state, writing: false, error: event.message };
  }
}

/** The stream ended without `done` or `error` (the server went away mid-answer). */
export function endOfStream(state: SuggestionsState, message: string): SuggestionsState {
  if (state.status === "ready" && state.writing) return { ...state, writing: false, error: message };
  if (state.status === "loading") return { status: "failed", error: message };
  return state;
}

/** What arrows pick and Tab inserts: the drafts, or with none (no provider, switch off) the facts' sentences. */
export function insertableTexts(state: SuggestionsState): string[] {
  if (state.status !== "ready" || state.context.mode === "template") return [];
  if (state.drafts.length > 0) return state.writing ? [] : state.drafts.map((draft) => draft.text);
  return state.writing ? [] : state.context.facts.map((fact) => fact.text);
}
