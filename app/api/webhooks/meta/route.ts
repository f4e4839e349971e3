import { after } from "next/server";
import { getDb } from "@/server/db";
import { BodyTooLargeError, readBodyWithin } from "@/server/http/read-body";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { publish } from "@/server/realtime/publish";
import { createStoredNotifier } from "@/server/services/webhooks/notify-webhook-stored";
import { MAX_WEBHOOK_BYTES, storeWebhook } from "@/server/services/webhooks/store-webhook";
import { verifySubscription } from "@/server/services/webhooks/verify-subscription";
import { createWebhookApplier } from "@/server/services/webhooks/webhook-applier";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

// `npm start` runs a webhook worker process beside Next (WEBHOOK_APPLY=worker): this process only
// stores and wakes it. Started any other way, this process applies what it stores, one applier per
// process batching what arrives while a batch is being applied.
const appliedByWorker = process.env.WEBHOOK_APPLY === "worker";
const applier = appliedByWorker ? null : createWebhookApplier(getDb, () => ({ publish, jobs: inngestJobs }));
const wakeWorkers = createStoredNotifier(getDb);

// The request stays alive until its event is applied (on a serverless host too), without making
// Meta wait for it. Outside a Next request (tests and scripts call these handlers directly)
// `after` has no request to wait for and throws: the answer then waits for the apply instead.
async function afterResponse(work: Promise<void>) {
  try {
    after(work);
  } catch {
    await work;
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
 * Meta's events: raw bytes (capped while they stream in) → signature → one insert → 200; then
 * the webhook worker (woken by a pg_notify after the insert) or, without one, this process in the background
 * applies it → realtime pushes and background jobs. The signature is over the exact bytes, so
 * they are never decoded before it is checked. Once stored, an event is applied even if this
 * process dies first (drainWebhookEvents), so the 200 never loses it.
 */
export async function POST(request: Request) {
  let rawBody: Uint8Array;
  try {
    rawBody = await readBodyWithin(request, MAX_WEBHOOK_BYTES);
  } catch (error) {
    return error instanceof BodyTooLargeError ? text("Payload Too Large", 413) : text("Bad Request", 400);
  }
  const stored = await storeWebhook(getDb(), { rawBody, signature: request.headers.get("x-hub-signature-256") });
  if (stored.status !== 200) return text(stored.status === 401 ? "Unauthorized" : "Not processed", stored.status);
  if (applier) await afterResponse(applier.apply(stored.eventId));
  else wakeWorkers();
  return text("OK", 200);
}
