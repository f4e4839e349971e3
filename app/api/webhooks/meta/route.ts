import { after } from "next/server";
import { getDb } from "@/server/db";
import { BodyTooLargeError, readBodyWithin } from "@/server/http/read-body";
import { publish } from "@/server/realtime/publish";
import { MAX_WEBHOOK_BYTES, receiveWebhook } from "@/server/services/webhooks/receive-webhook";
import { scheduleFollowUps } from "@/server/services/webhooks/schedule-follow-ups";
import { verifySubscription } from "@/server/services/webhooks/verify-subscription";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

// Pushes go out once the answer is on its way. Outside a Next request (tests and scripts call
// these handlers directly) `after` has no request to wait for and throws: push right away.
function afterResponse(task: () => Promise<void>) {
  try {
    after(task);
  } catch {
    void task();
  }
}

/** Meta's subscription handshake: echo `hub.challenge` when `hub.verify_token` is a channel's. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const challenge = await verifySubscription(getDb(), {
      mode: params.get("hub.mode"),
      token: params.get("hub.verify_token"),
      challenge: params.get("hub.challenge"),
    });
    return challenge === null ? text("Forbidden", 403) : text(challenge, 200);
  } catch {
    console.error("[webhook] verificação indisponível: banco de dados inacessível");
    return text("Unavailable", 503);
  }
}

/**
 * Meta's events: raw bytes (capped while they stream in) → signature → store → apply → 200 →
 * realtime pushes and background jobs. The signature is over the exact bytes, so they are never
 * decoded before it is checked.
 */
export async function POST(request: Request) {
  let rawBody: Uint8Array;
  try {
    rawBody = await readBodyWithin(request, MAX_WEBHOOK_BYTES);
  } catch (error) {
    return error instanceof BodyTooLargeError ? text("Payload Too Large", 413) : text("Bad Request", 400);
  }
  const result = await receiveWebhook(getDb(), { rawBody, signature: request.headers.get("x-hub-signature-256") });
  if (result.status !== 200) return text(result.status === 401 ? "Unauthorized" : "Not processed", result.status);
  const { outcome } = result;
  afterResponse(async () => {
    await publish(outcome.pushes);
    await scheduleFollowUps(outcome);
  });
  return text("OK", 200);
}
