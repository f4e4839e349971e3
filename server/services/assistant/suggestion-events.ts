import "server-only";
import type { TemplateBlock } from "@/server/services/inbox/conversation-abilities";
import type { MediaKindName } from "@/server/services/developments/media-rules";
import type { FactKind, Intent } from "./retrieval-types";

// What suggest-replies produces, in order: one `context` (retrieval, at once), then `draft` events
// while the model writes, then `done`; or an `error` after the context when the provider fails.
// The route sends them as NDJSON; the composer imports these types only.

/**
 * - `drafts`: inside the window, assistant on, provider configured: drafts follow.
 * - `retrieval`: inside the window but no drafts (see `assistant.state`): facts and materials only.
 * - `template`: outside the window (or closed): free text cannot go out; an approved template is proposed.
 */
export type SuggestionMode = "drafts" | "retrieval" | "template";

export type SuggestionFact = { ref: string; kind: FactKind; developmentName: string; text: string };

export type SuggestionMaterial = {
  id: string;
  kind: MediaKindName;
  title: string;
  developmentName: string | null;
  /** pt-BR, from retrieval: why it fits the question. */
  reason: string;
  /** Why Meta would refuse the file (errors.<key>), or null. */
  problem: { key: string; params: Record<string, string | number> } | null;
};

export type SuggestionTemplate = { id: string; name: string; preview: string };

export type AssistantState = "on" | "disabledForChannel" | "notConfigured";

export type SuggestionContext = {
  type: "context";
  mode: SuggestionMode;
  /** The lead's text the suggestions answer. */
  question: string;
  intents: Intent[];
  facts: SuggestionFact[];
  materials: SuggestionMaterial[];
  /** pt-BR notes on what the lead asked that the app holds no fact for. */
  unanswered: string[];
  /** In `template` mode: the approved template proposed, or null with the reason. */
  template: SuggestionTemplate | null;
  templateBlockedBy: TemplateBlock | "noSendableTemplate" | null;
  assistant: { state: AssistantState; standIn: boolean };
};

export type SuggestionDraft = {
  text: string;
  /** Refs of the facts it used ("F1"), among those in the context. */
  refs: string[];
};

/** A draft as far as the model has written it (replaces the previous event for the same index). */
export type SuggestionDraftEvent = { type: "draft"; index: number } & SuggestionDraft;

export type FinalDraft = SuggestionDraft & {
  /** Numbers, dates and addresses in the draft that no sent fact (nor the lead) states: the broker checks them before sending. */
  unverified: string[];
};

export type SuggestionDone = { type: "done"; drafts: FinalDraft[] };

export type SuggestionFailure = { type: "error"; key: string; params?: Record<string, string | number> };

export type SuggestionEvent = SuggestionContext | SuggestionDraftEvent | SuggestionDone | SuggestionFailure;

/** On the wire the error carries its text, translated in the broker's language. */
export type SuggestionWireEvent = Exclude<SuggestionEvent, SuggestionFailure> | (SuggestionFailure & { message: string });
