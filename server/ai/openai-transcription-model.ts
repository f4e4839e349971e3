import "server-only";
import { APICallError, type TranscriptionModel } from "ai";

// @ai-sdk/openai-compatible has no transcription model: this is the AI SDK's TranscriptionModel (v3)
// for the OpenAI-compatible `POST {base}/audio/transcriptions` (multipart: file, model), which
// OpenAI, Azure, Groq and the local stand-in answer with `{ "text": "…" }`.
type TranscriptionModelV3 = Extract<TranscriptionModel, { specificationVersion: "v3" }>;
type CallOptions = Parameters<TranscriptionModelV3["doGenerate"]>[0];

export type TranscriptionSettings = {
  baseUrl: string;
  apiKey?: string;
  modelId: string;
  fetch?: typeof fetch;
};

// OpenAI picks the decoder by the file name's extension.
const EXTENSIONS: Record<string, string> = {
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mp4": "m4a",
  "audio/m4a": "m4a",
  "audio/x-m4a": "m4a",
  "audio/aac": "aac",
  "audio/amr": "amr",
  "audio/wav": "wav",
  "audio/wave": "wav",
  "audio/x-wav": "wav",
  "audio/webm": "webm",
  "audio/flac": "flac",
};

export function audioFileName(mediaType: string): string {
  const bare = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return `audio.${EXTENSIONS[bare] ?? (bare.split("/")[1] || "bin")}`;
}

/** The caller's own media type wins over the SDK's sniffing (providerOptions.comunicador.mediaType). */
function mediaTypeOf(options: CallOptions): string {
  const given = options.providerOptions?.comunicador?.mediaType;
  return typeof given === "string" && given ? given : options.mediaType;
}

const isRetryableStatus = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function openAiTranscriptionModel(settings: TranscriptionSettings): TranscriptionModelV3 {
  const url = `${settings.baseUrl.replace(/\/+$/, "")}/audio/transcriptions`;
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  return {
    specificationVersion: "v3",
    provider: "openai-compatible.transcription",
    modelId: settings.modelId,
    async doGenerate(options) {
      const mediaType = mediaTypeOf(options);
      const audio = typeof options.audio === "string" ? Buffer.from(options.audio, "base64") : options.audio;
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(audio)], { type: mediaType }), audioFileName(mediaType));
      form.append("model", settings.modelId);
      const requestBodyValues = { model: settings.modelId, mediaType, bytes: audio.byteLength };
      const headers = Object.fromEntries(
        Object.entries({ ...options.headers, ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) }).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        ),
      );
      const timestamp = new Date();

      let response: Response;
      try {
        response = await fetchImpl(url, { method: "POST", body: form, headers, signal: options.abortSignal });
      } catch (error) {
        // A refused connection is worth a retry, like the SDK's own calls; aborts and our own refusals are not.
        if (error instanceof TypeError) throw new APICallError({ message: `Cannot connect to API: ${error.message}`, url, requestBodyValues, cause: error, isRetryable: true });
        throw error;
      }
      const responseHeaders = Object.fromEntries(response.headers.entries());
      const responseBody = await response.text();
      const data = parseJson(responseBody) as { text?: unknown; language?: unknown; duration?: unknown } | undefined;
      if (!response.ok) {
        const message = (data as { error?: { message?: unknown } } | undefined)?.error?.message;
        throw new APICallError({
          message: typeof message === "string" ? message : `HTTP ${response.status}`,
          url,
          requestBodyValues,
          statusCode: response.status,
          responseHeaders,
          responseBody,
          isRetryable: isRetryableStatus(response.status),
          data,
        });
      }
      if (typeof data?.text !== "string") {
        throw new APICallError({ message: "transcription answer without text", url, requestBodyValues, statusCode: response.status, responseHeaders, responseBody, data });
      }
      return {
        text: data.text,
        segments: [],
        language: typeof data.language === "string" ? data.language : undefined,
        durationInSeconds: typeof data.duration === "number" ? data.duration : undefined,
        warnings: [],
        response: { timestamp, modelId: settings.modelId, headers: responseHeaders, body: data },
      };
    },
  };
}
