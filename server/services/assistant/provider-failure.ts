import "server-only";
import type { AiFailureReason } from "@/server/ai/ai-provider";
import { AppError } from "@/server/errors";

const PROVIDER_REASONS: readonly AiFailureReason[] = ["unavailable", "overQuota", "timeout", "rejected"];

/** Why a recorded call did not finish: the provider's reason, the caller gave up, or an unexpected error. */
export type CallFailure = AiFailureReason | "aborted" | "unknown";

// The provider says why in one of two ways: an AppError("…", "assistant.<reason>") or an error
// carrying `reason`; both name one of AiFailureReason.
function providerReason(error: unknown): AiFailureReason | null {
  const reason =
    error instanceof AppError
      ? error.key.replace(/^assistant\./, "")
      : typeof error === "object" && error !== null && "reason" in error
        ? (error as { reason: unknown }).reason
        : null;
  return PROVIDER_REASONS.find((known) => known === reason) ?? null;
}

const isAbort = (error: unknown) => error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");

export function failureReason(error: unknown): CallFailure {
  return providerReason(error) ?? (isAbort(error) ? "aborted" : "unknown");
}

/** What the feature (and the broker) sees: a translated AppError when the reason is known. */
export function asAssistantError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const reason = providerReason(error);
  if (!reason) return error;
  return new AppError(reason === "overQuota" ? "TOO_MANY_REQUESTS" : "PRECONDITION_FAILED", `assistant.${reason}`);
}
