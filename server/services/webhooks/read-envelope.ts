import { z } from "zod";
import { sanitizeJson, TooDeepError } from "./sanitize-json";

// Only the outer shape is required here; each entry and change is read on its own later so one
// odd entry never costs the others.
const envelopeSchema = z.looseObject({ object: z.string(), entry: z.array(z.unknown()) });

export type Envelope = z.infer<typeof envelopeSchema>;

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; reason: string };

export function readEnvelope(rawBody: string): EnvelopeResult {
  let parsed: unknown;
  try {
    parsed = sanitizeJson(JSON.parse(rawBody));
  } catch (error) {
    return { ok: false, reason: error instanceof TooDeepError ? "JSON aninhado demais" : "JSON malformado" };
  }
  const envelope = envelopeSchema.safeParse(parsed);
  return envelope.success ? { ok: true, envelope: envelope.data } : { ok: false, reason: "envelope fora do formato da Meta" };
}
