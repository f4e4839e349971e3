import type { Prisma } from "@/generated/prisma/client";
import { readParams, type TextParams } from "@/server/i18n/stored-text";

/**
 * Why a message failed, for the browser to explain in the reader's language: Meta's code, the
 * app's own reason, or (rows written before reasons were codes) the stored text as it is.
 */
export type FailureView = { kind: "meta"; code: number } | { kind: "local"; reason: string; params: TextParams } | { kind: "legacy"; text: string | null };

export type FailureColumns = { errorCode: number | null; errorTitle: string | null; failureReason: string | null; failureParams: Prisma.JsonValue };

export function failureView(row: FailureColumns): FailureView {
  if (row.failureReason) return { kind: "local", reason: row.failureReason, params: readParams(row.failureParams) };
  if (row.errorCode !== null) return { kind: "meta", code: row.errorCode };
  return { kind: "legacy", text: row.errorTitle };
}
