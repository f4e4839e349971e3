import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import type { ApplyOutcome } from "./apply-context";
import { applyWebhook } from "./apply-webhook";
import { bindEnvelope } from "./bind-envelope";
import { readEnvelope } from "./read-envelope";
import { recordWebhookRejection } from "./record-rejection";
import { authenticateWebhook } from "./verify-webhook-signature";

// Meta's webhook payloads stay well under this; anything bigger is not Meta.
export const MAX_WEBHOOK_BYTES = 3 * 1024 * 1024;

export type ReceiveResult = { status: 200; outcome: ApplyOutcome } | { status: 400 | 401 | 413 | 500; outcome?: undefined };

// Logs say what failed, never what the request carried: the error's kind and first line only
// (Prisma and PostgreSQL put values in later lines and in `detail`, which stay out).
function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = "code" in error ? ` ${String(error.code)}` : "";
  const line = error.message.split("\n").find((l) => l.trim())?.trim().slice(0, 160) ?? "";
  return `${error.name}${code}: ${line}`;
}

function countRejected(db: Db, at: Date, count = 1) {
  return recordWebhookRejection(db, at, count).catch((error) => console.error(`[webhook] contador de recusas falhou: ${describe(error)}`));
}

/**
 * A POST from Meta: verify the signature over the exact bytes, read the envelope, keep the changes
 * that signature covers, store the raw event, apply it. 401 and 400 are answered without storing
 * anything; 500 (database down, or an event that could not be applied) makes Meta deliver it
 * again later.
 */
export async function receiveWebhook(
  db: Db,
  input: { rawBody: Uint8Array | string; signature: string | null; receivedAt?: Date },
): Promise<ReceiveResult> {
  const bytes = typeof input.rawBody === "string" ? Buffer.from(input.rawBody) : input.rawBody;
  const receivedAt = input.receivedAt ?? new Date();
  if (bytes.byteLength > MAX_WEBHOOK_BYTES) return { status: 413 };
  // Decoded only to be parsed and stored; the signature was computed over `bytes`.
  const rawText = new TextDecoder().decode(bytes);
  let eventId: string | undefined;
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
    const problems: string[] = [];
    if (bound.dropped > 0) {
      problems.push(`${bound.dropped} mudança(s) de canal que a assinatura não cobre descartada(s)`);
      console.warn(`[webhook] ${problems[0]}`);
      await countRejected(db, receivedAt, bound.dropped);
    }
    const event = await db.webhookEvent.create({
      // `payload` is what the signature covers (parsed, cleaned of what jsonb refuses): the only
      // part ever applied, now and on a replay.
      data: { rawBody: rawText, payload: bound.envelope as Prisma.InputJsonObject, receivedAt },
      select: { id: true },
    });
    eventId = event.id;
    return { status: 200, outcome: await applyWebhook(db, { eventId, envelope: bound.envelope, receivedAt, problems }) };
  } catch (error) {
    console.error(`[webhook] ${eventId ? `evento ${eventId} não aplicado` : "evento não armazenado"}: ${describe(error)}`);
    if (eventId) {
      const id = eventId;
      await db.webhookEvent
        .update({ where: { id }, data: { error: `falha ao aplicar: ${describe(error)}` }, select: { id: true } })
        .catch(() => undefined);
    }
    return { status: 500 };
  }
}
