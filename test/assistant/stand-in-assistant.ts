import { startAiStandIn, type RunningStandIn } from "@/dev/ai-stand-in/stand-in";
import { STAND_IN_MODEL } from "@/dev/ai-stand-in/config";
import type { AiProvider } from "@/server/ai/ai-provider";
import { createOpenAiCompatibleProvider } from "@/server/ai/openai-compatible-provider";
import { createAssistantGateway } from "@/server/services/assistant/assistant-gateway";
import { testDb } from "@/test/db";

export type StandInAssistant = {
  standIn: RunningStandIn;
  provider: AiProvider;
  /** The real gateway, its provider the real OpenAI-compatible one talking to the stand-in over HTTP. */
  gateway: ReturnType<typeof createAssistantGateway>;
  /** The next `count` calls to the stand-in fail like OpenAI does (`down`: 500, `overQuota`: 429…). */
  fail(mode: "down" | "overQuota" | "reject" | "none", count?: number): Promise<void>;
  close(): Promise<void>;
};

// The assistant as production wires it, against dev/ai-stand-in on a random port: features'
// integration tests exercise prompts, HTTP, parsing and storage for real. No retries, short limits:
// a failure shows at once.
export async function startStandInAssistant(): Promise<StandInAssistant> {
  const standIn = await startAiStandIn({ port: 0, firstTokenDelayMs: 1, wordDelayMs: 0, log: () => undefined });
  const provider = createOpenAiCompatibleProvider(
    { baseUrl: standIn.baseUrl, apiKey: "test", model: STAND_IN_MODEL, transcriptionModel: STAND_IN_MODEL, standIn: true, trustStandIn: true },
    { maxRetries: 0, totalMs: 10_000, transcriptionMs: 10_000 },
  );
  return {
    standIn,
    provider,
    gateway: createAssistantGateway({ db: testDb(), getAiProvider: () => provider }),
    async fail(mode, count) {
      const response = await fetch(`${standIn.url}/__control/fail`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode, count }) });
      if (!response.ok) throw new Error(`stand-in control: ${response.status}`);
    },
    close: () => standIn.close(),
  };
}
