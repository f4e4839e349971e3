import "server-only";
import type { AiProvider } from "@/server/ai/ai-provider";
import { aiProviderFromEnv } from "@/server/ai/openai-compatible-provider";
import type { Retrieval } from "../retrieval-types";
import { parseDrafts } from "../suggestion-drafts";
import { suggestionPrompt } from "../suggestion-prompt";
import type { EvalCase } from "./cases";
import { fixtureKnowledge } from "./fixture-knowledge";

/**
 * THE PROVIDER HOOK. When AI_BASE_URL / AI_MODEL are configured, each case gets the drafts the
 * composer's suggestions would get: the same prompt (suggestion-prompt.ts) built from `retrieval` and
 * the case's conversation, the same parser; `npm run eval:ai` then checks them for numbers and
 * addresses the facts do not contain. With no provider there are no drafts (null): retrieval only.
 * The provider is called directly: the eval has no database, hence no channel switch to pass.
 */
export type DraftsForCase = (evalCase: EvalCase, retrieval: Retrieval) => Promise<string[] | null>;

let provider: AiProvider | null | undefined;

export const draftsForCase: DraftsForCase = async (evalCase, retrieval) => {
  provider ??= aiProviderFromEnv();
  if (!provider) return null;
  const { system, prompt } = suggestionPrompt({
    facts: retrieval.facts,
    conversation: fixtureKnowledge(evalCase).recentMessages,
    unanswered: retrieval.unanswered,
    leadName: null,
  });
  const { text } = await provider.generate({ system, prompt });
  return parseDrafts(text, new Set(retrieval.facts.map((fact) => fact.ref))).map((draft) => draft.text);
};
