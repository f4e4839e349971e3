import { definedOnly, envInt, envText, type Env } from "../stand-in-env";
export type StandInConfig = {
  host: string;
  port: number;
  /** When set, only `Authorization: Bearer <apiKey>` is accepted (401 invalid_api_key otherwise), like OpenAI. */
  apiKey?: string;
  /** Wait before the first streamed word: first-token latency that is real, but low. */
  firstTokenDelayMs: number;
  /** Wait between streamed words. */
  wordDelayMs: number;
  log: (line: string) => void;
};

export const STAND_IN_MODEL = "comunicador-stand-in";
// Every answer carries it; the app shows "stand-in" in the UI, and a production server refuses it.
// Same name as server/ai/ai-config.ts's STAND_IN_HEADER (dev/ never imports shipped server code at run time).
export const STAND_IN_HEADER = "x-comunicador-stand-in";

export const DEFAULT_CONFIG: StandInConfig = {
  host: "127.0.0.1",
  port: 8291,
  firstTokenDelayMs: 120,
  wordDelayMs: 12,
  log: (line) => console.log(`[ai-stand-in] ${line}`),
};

export function standInConfigFromEnv(env: Env = process.env): Partial<StandInConfig> {
  return definedOnly({
    host: envText(env, "AI_STAND_IN_HOST"),
    port: envInt(env, "AI_STAND_IN_PORT"),
    apiKey: envText(env, "AI_STAND_IN_API_KEY"),
    firstTokenDelayMs: envInt(env, "AI_STAND_IN_FIRST_TOKEN_DELAY_MS"),
    wordDelayMs: envInt(env, "AI_STAND_IN_WORD_DELAY_MS"),
  });
}
