import { describe, expect, it } from "vitest";
import { MetaApiError, MetaNetworkError, isRetriableError, isRetriableMetaError, metaErrorFromResponse } from "./meta-errors";

describe("isRetriableMetaError", () => {
  it.each([130429, 131056, 131000, 1, 2])("retries %i", (code) => {
    expect(isRetriableMetaError(code, 400)).toBe(true);
  });

  it.each([131047, 131026, 131050, 131048, 132000, 132001, 132012, 132015, 132016, 190, 368, 131053, 131052, 100])(
    "never retries %i, even on a 5xx",
    (code) => {
      expect(isRetriableMetaError(code, 400)).toBe(false);
      expect(isRetriableMetaError(code, 500)).toBe(false);
    },
  );

  it("retries unknown codes on 5xx only", () => {
    expect(isRetriableMetaError(999999, 502)).toBe(true);
    expect(isRetriableMetaError(999999, 400)).toBe(false);
    expect(isRetriableMetaError(0, 503)).toBe(true);
    expect(isRetriableMetaError(0, 404)).toBe(false);
  });
});

describe("metaErrorFromResponse", () => {
  it("reads Graph's error body", () => {
    const error = metaErrorFromResponse(400, {
      error: {
        message: "(#131047) Re-engagement message",
        type: "OAuthException",
        code: 131047,
        error_subcode: 2494010,
        error_data: { messaging_product: "whatsapp", details: "More than 24 hours have passed" },
        fbtrace_id: "AbCdEf",
      },
    });
    expect(error).toBeInstanceOf(MetaApiError);
    expect(error).toMatchObject({
      code: 131047,
      subcode: 2494010,
      type: "OAuthException",
      message: "(#131047) Re-engagement message",
      details: "More than 24 hours have passed",
      fbtraceId: "AbCdEf",
      httpStatus: 400,
      retriable: false,
    });
  });

  it("marks 130429 as retriable", () => {
    const error = metaErrorFromResponse(400, { error: { message: "(#130429) Rate limit hit", code: 130429 } });
    expect(error.retriable).toBe(true);
    expect(isRetriableError(error)).toBe(true);
  });

  it("keeps the HTTP status when the body is not Graph's", () => {
    const gateway = metaErrorFromResponse(502, "<html>Bad gateway</html>");
    expect(gateway).toMatchObject({ code: 0, httpStatus: 502, retriable: true });
    expect(metaErrorFromResponse(404, undefined)).toMatchObject({ code: 0, retriable: false });
  });

  it("treats network errors as retriable", () => {
    const error = new MetaNetworkError("down", { timedOut: true });
    expect(isRetriableError(error)).toBe(true);
    expect(error.timedOut).toBe(true);
    expect(isRetriableError(new Error("other"))).toBe(false);
  });
});
