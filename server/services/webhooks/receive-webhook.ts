import "server-only";
import type { Db } from "@/server/db";
import { emptyOutcome, type ApplyOutcome } from "./apply-context";
import { applyStoredWebhooks } from "./apply-webhook";
import { claimWebhookEvents } from "./claim-webhook-events";
import { recordApplyFailure } from "./record-apply-failure";
import { retryOnConflict } from "./retry-on-conflict";
import { storeWebhook } from "./store-webhook";

export type ReceiveResult = { status: 200; outcome: ApplyOutcome } | { status: 400 | 401 | 413 | 500; outcome?: undefined };

/**
 * Stores a POST from Meta and applies it before returning, handing back what to do after the
 * commit (the route answers first and applies through the webhook applier instead). 500 when it
 * could not be stored, or not applied: the event then stays for drainWebhookEvents.
 */
export async function receiveWebhook(db: Db, input: { rawBody: Uint8Array | string; signature: string | null; receivedAt?: Date }): Promise<ReceiveResult> {
  const stored = await storeWebhook(db, input);
  if (stored.status !== 200) return { status: stored.status };
  const ids = [stored.eventId];
  try {
    const outcomes = await retryOnConflict(() =>
      db.$transaction(async (tx) => applyStoredWebhooks(tx, await claimWebhookEvents(tx, { ids })), { maxWait: 5_000, timeout: 15_000 }),
    );
    // Empty when someone else (a drainer) applied it first.
    return { status: 200, outcome: outcomes[0] ?? emptyOutcome() };
  } catch (error) {
    await recordApplyFailure(db, ids, error);
    return { status: 500 };
  }
}
