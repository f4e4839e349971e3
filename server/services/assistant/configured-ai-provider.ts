import "server-only";
import type { AiProvider } from "@/server/ai/ai-provider";
import { aiProviderFromEnv } from "@/server/ai/openai-compatible-provider";

let configured: AiProvider | null | undefined;

// The provider the app uses when a caller passes none: the OpenAI-compatible one built from
// AI_BASE_URL / AI_API_KEY / AI_MODEL, or null when none is configured (the assistant then
// refuses with errors.assistant.notConfigured, and retrieval still works on its own). Built once:
// the environment does not change while the server runs.
export function configuredAiProvider(): AiProvider | null {
  if (configured === undefined) configured = aiProviderFromEnv();
  return configured;
}
