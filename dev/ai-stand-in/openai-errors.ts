import type { ServerResponse } from "node:http";
import { sendJson } from "../whatsapp-sandbox/http-io";

// OpenAI's error shape and wording, so a client's error handling meets what the real API answers.
type OpenAiError = { status: number; message: string; type: string; code: string | null; param?: string | null };

export const OPENAI_ERRORS = {
  down: { status: 500, message: "The server had an error while processing your request. Sorry about that!", type: "server_error", code: null },
  overQuota: {
    status: 429,
    message: "You exceeded your current quota, please check your plan and billing details.",
    type: "insufficient_quota",
    code: "insufficient_quota",
  },
  reject: { status: 401, message: "Incorrect API key provided. You can find your API key in your account settings.", type: "invalid_request_error", code: "invalid_api_key" },
} satisfies Record<string, OpenAiError>;

export function sendOpenAiError(res: ServerResponse, error: OpenAiError, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  sendJson(res, error.status, { error: { message: error.message, type: error.type, param: error.param ?? null, code: error.code } });
}

export function badRequest(res: ServerResponse, message: string, param: string | null = null): void {
  sendOpenAiError(res, { status: 400, message, type: "invalid_request_error", code: null, param });
}
