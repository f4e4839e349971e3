import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import type { ApplyOutcome } from "./apply-context";
import { applyWebhook } from "./apply-webhook";
import { readEnvelope } from "./read-envelope";
import { recordWebhookRejection } from "./record-rejection";
import { verifyWebhookSignature } from "./verify-webhook-signature";

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

/**
 * A POST from Meta: verify the signature over the exact bytes, read the envelope, store the raw
 * event, apply it. 401 and 400 are answered without storing anything; 500 (database down, or an
 * event that could not be applied) makes Meta deliver it again later.
 */
export async function receiveWebhook(db: Db, input: { rawBody: string; signature: string | null; receivedAt?: Date }): Promise<ReceiveResult> {
  const { rawBody } = input;
  const receivedAt = input.receivedAt ?? new Date();
  if (Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES) return { status: 413 };
  let eventId: string | undefined;
  try {
    if (!(await verifyWebhookSignature(db, rawBody, input.signature))) {
      console.warn(`[webhook] assinatura ${input.signature ? "inválida" : "ausente"}: recusado`);
      await recordWebhookRejection(db, receivedAt).catch((error) => console.error(`[webhook] contador de recusas falhou: ${describe(error)}`));
      return { status: 401 };
    }
    const read = readEnvelope(rawBody);
    if (!read.ok) {
      console.warn(`[webhook] corpo recusado: ${read.reason}`);
      return { status: 400 };
    }
    const event = await db.webhookEvent.create({
      // Parsed JSON, cleaned by readEnvelope of what jsonb refuses.
      data: { rawBody, payload: read.envelope as Prisma.InputJsonObject, receivedAt },
      select: { id: true },
    });
    eventId = event.id;
    return { status: 200, outcome: await applyWebhook(db, { eventId, envelope: read.envelope, receivedAt }) };
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
