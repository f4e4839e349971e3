import "server-only";
import { z } from "zod";

// Throughput / pair-rate limits and Meta's own transient failures: the same request may
// succeed later. 1/2 are Graph's "API Unknown" / "API Service", 4 and 80007 app/WABA rate
// limits, 131016 "Service unavailable", 131057 "Account in maintenance mode",
// 133004 "Server temporarily unavailable".
const RETRIABLE_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131016, 131056, 131057, 133004]);

// Sending the same request again would fail the same way (or make things worse).
const NEVER_RETRIABLE_CODES = new Set([
  100, 190, 368, 131026, 131047, 131048, 131050, 131052, 131053,
]);

export function isRetriableMetaError(code: number, httpStatus: number): boolean {
  if (RETRIABLE_CODES.has(code)) return true;
  if (NEVER_RETRIABLE_CODES.has(code)) return false;
  if (code >= 132000 && code < 133000) return false;
  return httpStatus >= 500;
}

export type MetaApiErrorInit = {
  code: number;
  subcode?: number;
  type?: string;
  title?: string;
  message: string;
  details?: string;
  fbtraceId?: string;
  httpStatus: number;
};

/** An error answered by the Graph API (`{error: {...}}`), or an answer we could not read. */
export class MetaApiError extends Error {
  readonly code: number;
  readonly subcode?: number;
  readonly type?: string;
  readonly title?: string;
  readonly details?: string;
  readonly fbtraceId?: string;
  readonly httpStatus: number;
  readonly retriable: boolean;

  constructor(init: MetaApiErrorInit) {
    super(init.message);
    this.name = "MetaApiError";
    this.code = init.code;
    this.subcode = init.subcode;
    this.type = init.type;
    this.title = init.title;
    this.details = init.details;
    this.fbtraceId = init.fbtraceId;
    this.httpStatus = init.httpStatus;
    this.retriable = isRetriableMetaError(init.code, init.httpStatus);
  }
}

/** The request never got an answer (connection refused, reset, DNS, timeout). Always retriable. */
export class MetaNetworkError extends Error {
  readonly retriable = true;
  readonly timedOut: boolean;

  constructor(message: string, options: { cause?: unknown; timedOut?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = "MetaNetworkError";
    this.timedOut = options.timedOut ?? false;
  }
}

export function isRetriableError(error: unknown): boolean {
  return (error instanceof MetaApiError || error instanceof MetaNetworkError) && error.retriable;
}

const graphErrorBodySchema = z.object({
  error: z.looseObject({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    error_data: z
      .union([z.looseObject({ details: z.string().optional() }), z.string()])
      .optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/** Reads Graph's error body; an unreadable body keeps the HTTP status and code 0. */
export function metaErrorFromResponse(httpStatus: number, body: unknown): MetaApiError {
  const parsed = graphErrorBodySchema.safeParse(body);
  if (!parsed.success) {
    return new MetaApiError({
      code: 0,
      message: `Graph API answered HTTP ${httpStatus} without an error body`,
      httpStatus,
    });
  }
  const error = parsed.data.error;
  const details =
    typeof error.error_data === "string" ? error.error_data : error.error_data?.details;
  return new MetaApiError({
    code: error.code ?? 0,
    subcode: error.error_subcode,
    type: error.type,
    title: error.error_user_title,
    message: error.message ?? error.error_user_msg ?? `Graph API error HTTP ${httpStatus}`,
    details,
    fbtraceId: error.fbtrace_id,
    httpStatus,
  });
}
