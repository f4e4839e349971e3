import "server-only";
import { isLocalDemo } from "../runtime-mode";

// Which model endpoint the assistant talks to, read from the environment (validated in server/env.ts).
// No AI_BASE_URL, no provider: the product works without one (retrieval still helps the broker).
type Source = Record<string, string | undefined>;

/** Set by the launcher when it points AI_BASE_URL at dev/ai-stand-in: the UI says the stand-in answers. */
export const AI_STAND_IN_FLAG = "COMUNICADOR_AI_STAND_IN";
/** Every stand-in answer carries it (dev/ai-stand-in/config.ts). */
export const STAND_IN_HEADER = "x-comunicador-stand-in";

export type AiConfig = {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  /** Null: voice notes are not transcribed. */
  transcriptionModel: string | null;
  /** The endpoint is the local stand-in (and that is allowed here). */
  standIn: boolean;
  /** Whether answers marked as the stand-in's are accepted: never on a production server outside the local demo. */
  trustStandIn: boolean;
};

const TRUE = new Set(["1", "true"]);
const text = (value: string | undefined) => value?.trim() || undefined;

export function aiStandInRequested(source: Source): boolean {
  return TRUE.has(source[AI_STAND_IN_FLAG]?.trim().toLowerCase() ?? "");
}

/** The stand-in is for development, tests and the local demo; a production server must not trust it. */
export function aiStandInAllowed(source: Source): boolean {
  return source.NODE_ENV !== "production" || isLocalDemo(source);
}

export function aiConfigFromEnv(source: Source = process.env): AiConfig | null {
  const baseUrl = text(source.AI_BASE_URL);
  const model = text(source.AI_MODEL);
  if (!baseUrl || !model) return null;
  const trustStandIn = aiStandInAllowed(source);
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    apiKey: text(source.AI_API_KEY),
    model,
    transcriptionModel: text(source.AI_TRANSCRIPTION_MODEL) ?? null,
    standIn: trustStandIn && aiStandInRequested(source),
    trustStandIn,
  };
}
