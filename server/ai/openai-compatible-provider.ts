import "server-only";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { experimental_transcribe, generateText, NoTranscriptGeneratedError, streamText, type LanguageModel, type LanguageModelUsage } from "ai";
import { AppError } from "../errors";
import { aiConfigFromEnv, type AiConfig } from "./ai-config";
import { toAiFailure } from "./ai-failures";
import type { AiPrompt, AiProvider, AiTextStream, AiUsage } from "./ai-provider";
import { openAiTranscriptionModel } from "./openai-transcription-model";
import { guardedFetch } from "./stand-in-guard";

// The assistant's provider over any OpenAI-compatible endpoint (OpenAI, Azure, Gemini's compatible
// endpoint, Groq, Ollama, vLLM, dev/ai-stand-in). Failures leave as AppErrors with the broker's reason
// (ai-failures.ts). Nothing here logs: the key and the prompts never reach a log line.

export type AiLimits = {
  /** A stream that shows no text this long after the call fails with `timeout`. */
  firstTokenMs: number;
  /** Longest pause between two pieces of a stream. */
  chunkMs: number;
  /** Longest whole call, retries included (stream or generate). */
  totalMs: number;
  transcriptionMs: number;
  /** Retries of a failed call (5xx, 429, network), with the SDK's back-off (it honours retry-after). */
  maxRetries: number;
};

export const DEFAULT_AI_LIMITS: AiLimits = { firstTokenMs: 20_000, chunkMs: 20_000, totalMs: 90_000, transcriptionMs: 120_000, maxRetries: 2 };

const usageOf = (usage: LanguageModelUsage | undefined): AiUsage => ({ inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0 });

const signals = (...list: (AbortSignal | undefined)[]) => AbortSignal.any(list.filter((signal): signal is AbortSignal => Boolean(signal)));

/** The caller's own abort passes through as is; anything else becomes the broker's AppError. */
function failure(error: unknown, callerSignal: AbortSignal | undefined): unknown {
  if (callerSignal?.aborted) return callerSignal.reason;
  return toAiFailure(error);
}

function streamChat(model: LanguageModel, input: AiPrompt, limits: AiLimits): AiTextStream {
  const firstToken = new AbortController();
  const firstTokenTimer = setTimeout(() => firstToken.abort(new DOMException("no text in time", "TimeoutError")), limits.firstTokenMs);
  const result = streamText({
    model,
    system: input.system,
    prompt: input.prompt,
    abortSignal: signals(input.signal, firstToken.signal),
    timeout: { totalMs: limits.totalMs, chunkMs: limits.chunkMs },
    maxRetries: limits.maxRetries,
    // The error arrives in the stream below; the SDK's default handler would print it, request body (the prompt) included.
    onError: () => undefined,
  });

  let settle: { resolve: (usage: AiUsage) => void; reject: (error: unknown) => void } | undefined;
  const usage = new Promise<AiUsage>((resolve, reject) => (settle = { resolve, reject }));
  // A caller that only reads the text must not meet an unhandled rejection.
  usage.catch(() => undefined);

  async function* text(): AsyncGenerator<string> {
    let finished = false;
    try {
      for await (const part of result.fullStream) {
        if (part.type === "text-delta" && part.text) {
          clearTimeout(firstTokenTimer);
          yield part.text;
        } else if (part.type === "error") {
          throw part.error;
        } else if (part.type === "abort") {
          // Not the caller's abort: one of the time limits.
          throw input.signal?.aborted ? input.signal.reason : new DOMException(part.reason ?? "timeout", "TimeoutError");
        } else if (part.type === "finish") {
          finished = true;
          settle?.resolve(usageOf(part.totalUsage));
        }
      }
      if (!finished) throw new DOMException("stream ended without finishing", "AbortError");
    } catch (error) {
      const mapped = failure(firstToken.signal.aborted ? firstToken.signal.reason : error, input.signal);
      settle?.reject(mapped);
      throw mapped;
    } finally {
      clearTimeout(firstTokenTimer);
      // Left early by the reader: what was spent is unknown.
      settle?.resolve({ inputTokens: 0, outputTokens: 0 });
    }
  }

  return { textStream: text(), usage };
}

export function createOpenAiCompatibleProvider(config: AiConfig, limits: Partial<AiLimits> = {}): AiProvider {
  const settings = { ...DEFAULT_AI_LIMITS, ...limits };
  const fetch = guardedFetch(config.trustStandIn);
  const provider = createOpenAICompatible({ name: "comunicador-ai", baseURL: config.baseUrl, apiKey: config.apiKey, includeUsage: true, fetch });
  const chat = provider.chatModel(config.model);
  const transcription = config.transcriptionModel
    ? openAiTranscriptionModel({ baseUrl: config.baseUrl, apiKey: config.apiKey, modelId: config.transcriptionModel, fetch })
    : null;

  return {
    model: config.model,
    standIn: config.standIn,

    stream: (input) => streamChat(chat, input, settings),

    async generate(input) {
      try {
        const result = await generateText({
          model: chat,
          system: input.system,
          prompt: input.prompt,
          abortSignal: input.signal,
          timeout: settings.totalMs,
          maxRetries: settings.maxRetries,
        });
        return { text: result.text, usage: usageOf(result.totalUsage) };
      } catch (error) {
        throw failure(error, input.signal);
      }
    },

    async transcribe(input) {
      if (!transcription) throw new AppError("PRECONDITION_FAILED", "assistant.transcriptionOff");
      // Not AbortSignal.timeout: inside AbortSignal.any, Node 20 may collect it before it fires
      // (nodejs/node#57736), and the call then waits for the provider however long it takes.
      const timeLimit = new AbortController();
      const timer = setTimeout(() => timeLimit.abort(new DOMException("no transcription in time", "TimeoutError")), settings.transcriptionMs);
      try {
        const result = await experimental_transcribe({
          model: transcription,
          audio: input.audio,
          providerOptions: { comunicador: { mediaType: input.mimeType } },
          abortSignal: signals(input.signal, timeLimit.signal),
          maxRetries: settings.maxRetries,
        });
        return { text: result.text.trim() };
      } catch (error) {
        // Silence is a valid voice note: the endpoint heard no words.
        if (NoTranscriptGeneratedError.isInstance(error)) return { text: "" };
        throw failure(error, input.signal);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The configured provider, or null when AI_BASE_URL (or AI_MODEL) is not set: the assistant then offers retrieval only. */
export function aiProviderFromEnv(source: Record<string, string | undefined> = process.env, limits: Partial<AiLimits> = {}): AiProvider | null {
  const config = aiConfigFromEnv(source);
  return config ? createOpenAiCompatibleProvider(config, limits) : null;
}
