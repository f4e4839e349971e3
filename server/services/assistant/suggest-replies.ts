import "server-only";
import type { Actor } from "@/server/auth/permissions";
import { assertVisible } from "@/server/auth/conversation-visibility";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { AssistantAvailability, AssistantGateway } from "./assistant-gateway";
import { loadAssistantKnowledge } from "./load-assistant-knowledge";
import { proposeTemplate } from "./propose-template";
import type { Retrieval } from "./retrieval-types";
import { retrieve } from "./retrieve";
import { suggestedMaterials } from "./suggested-materials";
import { parseDrafts, type ParsedDraft } from "./suggestion-drafts";
import type { AssistantState, SuggestionContext, SuggestionEvent } from "./suggestion-events";
import { suggestionPrompt } from "./suggestion-prompt";
import { findUnsupportedClaims } from "./unsupported-claims";

// Reply suggestions for the lead's last messages (issue 13, feature 1). Retrieval answers first and
// on its own: the facts and materials that fit the question reach the broker at once, with no
// provider at all. Inside the window, with the channel's assistant on, the model then writes 1–3
// drafts grounded on those facts only, streamed as it writes. Outside the window free text cannot go
// out, so an approved template is proposed instead. Nothing here sends anything.

export type SuggestRepliesDeps = { db: Db; gateway: AssistantGateway; now?: () => Date };

export type SuggestRepliesInput = { conversationId: string; signal?: AbortSignal };

function assistantState(availability: AssistantAvailability): AssistantState {
  if (!availability.enabled) return "disabledForChannel";
  return availability.provider ? "on" : "notConfigured";
}

async function loadConversation(db: Db, actor: Actor, conversationId: string) {
  return assertVisible(
    actor,
    await db.conversation.findUnique({
      where: { id: conversationId },
      select: {
        id: true,
        assigneeId: true,
        status: true,
        windowExpiresAt: true,
        leadId: true,
        channelId: true,
        lead: { select: { name: true } },
        channel: { select: { enabled: true, mode: true, canStartConversations: true } },
      },
    }),
  );
}

const sameDraft = (a: ParsedDraft | undefined, b: ParsedDraft) => a !== undefined && a.text === b.text && a.refs.join() === b.refs.join();

export async function* suggestReplies(deps: SuggestRepliesDeps, actor: Actor, input: SuggestRepliesInput): AsyncGenerator<SuggestionEvent> {
  const { db, gateway } = deps;
  const now = deps.now?.() ?? new Date();
  const conversation = await loadConversation(db, actor, input.conversationId);
  const knowledge = await loadAssistantKnowledge(db, actor, conversation.id);
  const retrieval: Retrieval = retrieve(knowledge, { now });
  const windowOpen = conversation.status === "OPEN" && conversation.windowExpiresAt !== null && conversation.windowExpiresAt > now;

  const [availability, materials, proposal] = await Promise.all([
    gateway.availability(conversation.channelId),
    windowOpen ? suggestedMaterials(db, conversation, retrieval.materials) : Promise.resolve([]),
    windowOpen ? Promise.resolve({ template: null, templateBlockedBy: null }) : proposeTemplate(db, actor, conversation.id, conversation, retrieval),
  ]);
  const state = assistantState(availability);
  const context: SuggestionContext = {
    type: "context",
    mode: !windowOpen ? "template" : state === "on" ? "drafts" : "retrieval",
    question: retrieval.question,
    intents: retrieval.intents,
    facts: retrieval.facts.map(({ ref, kind, developmentName, text }) => ({ ref, kind, developmentName, text })),
    materials,
    unanswered: retrieval.unanswered.map((topic) => topic.text),
    ...proposal,
    assistant: { state, standIn: availability.provider?.standIn ?? false },
  };
  yield context;
  if (context.mode !== "drafts") return;

  const { system, prompt } = suggestionPrompt({
    facts: retrieval.facts,
    conversation: knowledge.recentMessages,
    unanswered: retrieval.unanswered,
    leadName: conversation.lead.name,
  });
  const knownRefs = new Set(retrieval.facts.map((fact) => fact.ref));
  let raw = "";
  let shown: ParsedDraft[] = [];
  try {
    const stream = await gateway.streamDraft({ channelId: conversation.channelId, feature: "SUGGESTION", actorId: actor.id, system, prompt, signal: input.signal });
    for await (const delta of stream.textStream) {
      raw += delta;
      const drafts = parseDrafts(raw, knownRefs, { final: false });
      for (const [index, draft] of drafts.entries()) {
        if (!sameDraft(shown[index], draft)) yield { type: "draft", index, ...draft };
      }
      shown = drafts;
    }
  } catch (error) {
    if (input.signal?.aborted) return;
    if (error instanceof AppError) {
      yield { type: "error", key: error.key, params: error.params };
      return;
    }
    throw error;
  }
  const drafts = parseDrafts(raw, knownRefs).map((draft) => ({
    ...draft,
    unverified: findUnsupportedClaims(draft.text, retrieval.facts, retrieval.question).map((claim) => claim.text),
  }));
  yield { type: "done", drafts };
}
