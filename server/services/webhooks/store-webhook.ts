import "server-only";
import { monotonicFactory } from "ulid";
import type { Db } from "@/server/db";
import { bindEnvelope } from "./bind-envelope";
import { describeError } from "./describe-error";
import { insertWebhookEvent } from "./insert-webhook-events";
import { readEnvelope } from "./read-envelope";
import { recordWebhookRejection } from "./record-rejection";
import { authenticateWebhook } from "./verify-webhook-signature";

// ulid's own generator makes one getRandomValues call per random character (16 per id): about 4 %
// of the route's CPU under load. The same bytes, drawn 4 KB at a time.
const randomBytes = new Uint8Array(4096);
let nextRandomByte = randomBytes.length;
function pooledRandom(): number {
  if (nextRandomByte === randomBytes.length) {
    crypto.getRandomValues(randomBytes);
    nextRandomByte = 0;
  }
  return (randomBytes[nextRandomByte++] ?? 0) / 256;
}

// Sortable by arrival, like the receivedAt they break ties of: events are applied in (receivedAt, id) order.
const nextEventId = monotonicFactory(pooledRandom);

// Meta's webhook payloads stay well under this; anything bigger is not Meta.
export const MAX_WEBHOOK_BYTES = 3 * 1024 * 1024;

export type StoreResult = { status: 200; eventId: string; receivedAt: Date } | { status: 400 | 401 | 413 | 500; eventId?: undefined };

function countRejected(db: Db, at: Date, count = 1) {
  return recordWebhookRejection(db, at, count).catch((error) => console.error(`[webhook] contador de recusas falhou: ${describeError(error)}`));
}

/**
 * A POST from Meta, up to the point where it may be answered 200: verify the signature over the
 * exact bytes, read the envelope, keep the changes that signature covers, and store the event in
 * one insert. Applying it is someone else's job (webhook-applier, drain-webhook-events). 401 and
 * 400 are answered without storing anything; 500 (the database is down) makes Meta deliver it
 * again later.
 */
export async function storeWebhook(db: Db, input: { rawBody: Uint8Array | string; signature: string | null; receivedAt?: Date }): Promise<StoreResult> {
  const bytes = typeof input.rawBody === "string" ? Buffer.from(input.rawBody) : input.rawBody;
  const receivedAt = input.receivedAt ?? new Date();
  if (bytes.byteLength > MAX_WEBHOOK_BYTES) return { status: 413 };
  // Decoded only to be parsed and stored; the signature was computed over `bytes`.
  const rawText = new TextDecoder().decode(bytes);
  try {
    const read = readEnvelope(rawText);
    const verified = await authenticateWebhook(db, bytes, input.signature, read.ok ? read.envelope : null);
    if (!verified) {
      console.warn(`[webhook] assinatura ${input.signature ? "inválida" : "ausente"}: recusado`);
      await countRejected(db, receivedAt);
      return { status: 401 };
    }
    if (!read.ok) {
      console.warn(`[webhook] corpo recusado: ${read.reason}`);
      return { status: 400 };
    }
    const bound = bindEnvelope(read.envelope, verified.channels, verified.signer);
    let error: string | null = null;
    if (bound.dropped > 0) {
      error = `${bound.dropped} mudança(s) de canal que a assinatura não cobre descartada(s)`;
      console.warn(`[webhook] ${error}`);
      await countRejected(db, receivedAt, bound.dropped);
    }
    // `payload` is what the signature covers (parsed, cleaned of what jsonb refuses): the only part
    // ever applied, now and on a replay. `error` carries what was dropped until applying adds its
    // own problems to it.
    const eventId = nextEventId(receivedAt.getTime());
    await insertWebhookEvent(db, { id: eventId, rawBody: rawText, payload: JSON.stringify(bound.envelope), receivedAt, error });
    return { status: 200, eventId, receivedAt };
  } catch (error) {
    console.error(`[webhook] evento não armazenado: ${describeError(error)}`);
    return { status: 500 };
  }
}
