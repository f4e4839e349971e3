import "server-only";
import { z } from "zod";
import { sanitizeJson, TooDeepError } from "./sanitize-json";

// Only the outer shape is required here; each entry and change is read on its own later so one
// odd entry never costs the others.
const envelopeSchema = z.looseObject({ object: z.string(), entry: z.array(z.unknown()) });

export type Envelope = z.infer<typeof envelopeSchema>;

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; reason: string };

/** An envelope already parsed and cleaned (a stored WebhookEvent.payload). */
export function parseEnvelope(value: unknown): EnvelopeResult {
  const envelope = envelopeSchema.safeParse(value);
  return envelope.success ? { ok: true, envelope: envelope.data } : { ok: false, reason: "envelope fora do formato da Meta" };
}

export function readEnvelope(rawBody: string): EnvelopeResult {
  let parsed: unknown;
  try {
    parsed = sanitizeJson(JSON.parse(rawBody));
  } catch (error) {
    return { ok: false, reason: error instanceof TooDeepError ? "JSON aninhado demais" : "JSON malformado" };
  }
  return parseEnvelope(parsed);
}

export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** `value.metadata.phone_number_id` of a change, whatever its shape: not validated yet. */
export const phoneNumberIdOf = (changeValue: unknown): unknown => asRecord(asRecord(changeValue).metadata).phone_number_id;
