import "server-only";
import { APICallError, RetryError } from "ai";
import { AppError } from "../errors";
import type { AiFailureReason } from "./ai-provider";

// A provider's failure as the broker is told it: four reasons, each an AppError whose key names the
// catalogue text (errors.assistant.<reason>). Nothing of the provider's message reaches the user.
export function aiFailure(reason: AiFailureReason): AppError {
  switch (reason) {
    case "unavailable":
      return new AppError("PRECONDITION_FAILED", "assistant.unavailable");
    case "overQuota":
      return new AppError("TOO_MANY_REQUESTS", "assistant.overQuota");
    case "timeout":
      return new AppError("PRECONDITION_FAILED", "assistant.timeout");
    case "rejected":
      return new AppError("PRECONDITION_FAILED", "assistant.rejected");
  }
}

const REASONS: Record<string, AiFailureReason> = {
  "assistant.unavailable": "unavailable",
  "assistant.overQuota": "overQuota",
  "assistant.timeout": "timeout",
  "assistant.rejected": "rejected",
};

/** The reason behind an error from the provider layer; null for anything else (a caller's abort, a bug). */
export function aiFailureReason(error: unknown): AiFailureReason | null {
  return error instanceof AppError ? (REASONS[error.key] ?? null) : null;
}

/** A production server was answered by the local stand-in: a configuration mistake, never trusted. */
export class StandInRefusedError extends Error {
  constructor() {
    super("resposta do stand-in de IA recusada: este servidor está em produção");
    this.name = "StandInRefusedError";
  }
}

// OpenAI answers 429 for both rate limits and an exhausted quota; other providers name it in the body.
const QUOTA_CODES = new Set(["insufficient_quota", "rate_limit_exceeded", "quota_exceeded", "resource_exhausted", "billing_hard_limit_reached"]);

function errorCode(data: unknown): string | undefined {
  const error = (data as { error?: { code?: unknown; type?: unknown; status?: unknown } } | undefined)?.error;
  const code = [error?.code, error?.type, error?.status].find((value) => typeof value === "string");
  return typeof code === "string" ? code.toLowerCase() : undefined;
}

export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

function reasonFor(error: unknown): AiFailureReason {
  if (error instanceof StandInRefusedError) return "rejected";
  if (isTimeout(error)) return "timeout";
  if (!APICallError.isInstance(error)) return "unavailable";
  const status = error.statusCode;
  const code = errorCode(error.data) ?? errorCode(safeJson(error.responseBody));
  if (status === 429 || status === 402 || (code && QUOTA_CODES.has(code))) return "overQuota";
  if (status === 408 || status === 504) return "timeout";
  if (status === 400 || status === 401 || status === 403 || status === 404 || status === 422) return "rejected";
  return "unavailable";
}

function safeJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Maps whatever the AI SDK threw (after its retries) to the broker's AppError. */
export function toAiFailure(error: unknown): AppError {
  if (aiFailureReason(error)) return error as AppError;
  const last = RetryError.isInstance(error) ? error.lastError : error;
  return aiFailure(reasonFor(last));
}
