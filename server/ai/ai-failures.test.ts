import { APICallError, RetryError } from "ai";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { aiFailure, aiFailureReason, StandInRefusedError, toAiFailure } from "./ai-failures";

const apiError = (statusCode: number | undefined, data?: unknown) =>
  new APICallError({ message: "x", url: "http://ai.local/v1/chat/completions", requestBodyValues: { prompt: "segredo" }, statusCode, data });

const reason = (error: unknown) => aiFailureReason(toAiFailure(error));

describe("provider failures", () => {
  it("names each reason with a catalogue key and an HTTP-like code", () => {
    expect(aiFailure("unavailable")).toMatchObject({ code: "PRECONDITION_FAILED", key: "assistant.unavailable" });
    expect(aiFailure("overQuota")).toMatchObject({ code: "TOO_MANY_REQUESTS", key: "assistant.overQuota" });
    expect(aiFailure("timeout")).toMatchObject({ key: "assistant.timeout" });
    expect(aiFailure("rejected")).toMatchObject({ key: "assistant.rejected" });
  });

  it("maps statuses and quota codes the way providers answer", () => {
    expect(reason(apiError(500))).toBe("unavailable");
    expect(reason(apiError(503))).toBe("unavailable");
    expect(reason(apiError(undefined))).toBe("unavailable");
    expect(reason(apiError(429))).toBe("overQuota");
    expect(reason(apiError(402))).toBe("overQuota");
    // Gemini says it in the body; some proxies answer 400 or 403 for an exhausted quota.
    expect(reason(apiError(400, { error: { code: 400, status: "RESOURCE_EXHAUSTED" } }))).toBe("overQuota");
    expect(reason(apiError(403, { error: { code: "insufficient_quota" } }))).toBe("overQuota");
    for (const status of [400, 401, 403, 404, 422]) expect(reason(apiError(status)), String(status)).toBe("rejected");
    expect(reason(apiError(408))).toBe("timeout");
    expect(reason(new DOMException("t", "TimeoutError"))).toBe("timeout");
    expect(reason(new StandInRefusedError())).toBe("rejected");
    expect(reason(new Error("boom"))).toBe("unavailable");
  });

  it("looks behind the SDK's retries at the last error", () => {
    const retried = new RetryError({ message: "Failed after 3 attempts", reason: "maxRetriesExceeded", errors: [apiError(500), apiError(500), apiError(429)] });
    expect(reason(retried)).toBe("overQuota");
  });

  it("never carries the provider's message, and leaves other errors unnamed", () => {
    const mapped = toAiFailure(apiError(500));
    expect(mapped).toBeInstanceOf(AppError);
    expect(JSON.stringify({ ...mapped, message: mapped.message })).not.toContain("segredo");
    expect(toAiFailure(mapped)).toBe(mapped);
    expect(aiFailureReason(new AppError("NOT_FOUND", "leads.notFound"))).toBeNull();
    expect(aiFailureReason(new Error("x"))).toBeNull();
  });
});
