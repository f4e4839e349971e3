import "server-only";
import type { TextParams } from "@/server/i18n/stored-text";

/**
 * What is stored on a FAILED message. When Meta refused: its code, title and detail (Meta's own
 * words, for support). When the app refused before asking Meta: a `reason` code and its values.
 * The screens explain both from the catalogue (server/i18n/messages/<locale>/failures.json).
 */
export type DeliveryFailure = { code: number | null; title: string | null; detail: string | null; reason: string | null; params: TextParams };

export function metaFailure(code: number, metaTitle?: string | null, metaDetail?: string | null): DeliveryFailure {
  return { code, title: metaTitle || null, detail: metaDetail || null, reason: null, params: {} };
}

// Keys under `failures.local.` in the catalogues.
export const LOCAL_FAILURES = ["channelDisabled", "tokenUnreadable", "noRecipient", "templateMissing", "mediaMissing", "unsupported", "gaveUp", "campaignCancelled"] as const;

export type LocalFailureKind = (typeof LOCAL_FAILURES)[number];

export function localFailure(kind: LocalFailureKind): DeliveryFailure {
  return { code: null, title: null, detail: null, reason: kind, params: {} };
}

/** A message refused by validate-outbound: its reason is the error key (`errors.outbound.*`) it names. */
export function invalidMessage(invalid: { key: string; params: TextParams }): DeliveryFailure {
  return { code: null, title: null, detail: null, reason: invalid.key, params: invalid.params };
}

/** The Message columns a failure is written to. */
export function failureColumns(failure: DeliveryFailure) {
  return { errorCode: failure.code, errorTitle: failure.title, errorDetail: failure.detail, failureReason: failure.reason, failureParams: failure.params };
}

/** A short description for logs (never shown to a user). */
export function describeFailure(failure: DeliveryFailure): string {
  return failure.reason ?? `Meta ${failure.code}${failure.title ? ` (${failure.title})` : ""}`;
}
