import "server-only";
// The assistant's one door to a model. The implementation (openai-compatible-provider.ts) speaks any
// OpenAI-compatible endpoint through the Vercel AI SDK; features never call it directly but through
// the assistant gateway (server/services/assistant/assistant-gateway.ts), which checks the channel's
// switch, masks contact data, records usage and keeps what was sent for the admin to see.

export type AiUsage = { inputTokens: number; outputTokens: number };

export type AiPrompt = {
  /** Instructions, the facts the app holds and the output format. */
  system: string;
  /** The conversation and the question. */
  prompt: string;
  signal?: AbortSignal;
};

export type AiTextStream = {
  /** Text deltas as the model writes them. */
  textStream: AsyncIterable<string>;
  /** Settles when the stream ends: tokens spent (0 when the endpoint does not report them). */
  usage: Promise<AiUsage>;
};

export type AiProvider = {
  /** The chat model's id, as configured (AI_MODEL). */
  readonly model: string;
  /** True when the endpoint is the local stand-in (dev/ai-stand-in): the UI says so. */
  readonly standIn: boolean;
  stream(input: AiPrompt): AiTextStream;
  generate(input: AiPrompt): Promise<{ text: string; usage: AiUsage }>;
  /** Speech to text with AI_TRANSCRIPTION_MODEL. */
  transcribe(input: { audio: Uint8Array; mimeType: string; signal?: AbortSignal }): Promise<{ text: string }>;
};

/** Why a provider call failed, as the broker is told (errors.assistant.<reason> in the catalogues). */
export type AiFailureReason = "unavailable" | "overQuota" | "timeout" | "rejected";
