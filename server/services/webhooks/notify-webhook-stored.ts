import "server-only";
import { rawQuery, type Db } from "@/server/db";
import { describeError } from "./describe-error";

// What the webhook workers LISTEN on (listen-for-webhook-events.ts).
export const WEBHOOK_STORED_CHANNEL = "webhook_event";

// A busy worker needs no wake-up (it claims again after each batch), so in a burst one a few
// milliseconds is enough; an idle one is woken at once by the first store after a quiet spell.
const MIN_GAP_MS = 10;

/**
 * Wakes the webhook workers of every instance after events were stored. Its own statement, not
 * a trigger on the insert: a NOTIFY in a writing transaction holds a database-wide lock through
 * its commit, and measured with pgbench (32 clients) it took inserts from 10,700/s to 470/s; on its
 * own it costs a round trip. At most one is in flight per process and one per MIN_GAP_MS: stores
 * that commit meanwhile are covered by the next, as a worker drains everything pending when woken.
 */
export function createStoredNotifier(db: () => Db): () => void {
  let inFlight = false;
  let again = false;
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let scheduled: NodeJS.Timeout | undefined;

  function send() {
    inFlight = true;
    again = false;
    lastSentAt = Date.now();
    rawQuery(db(), "SELECT 1 AS notified FROM pg_notify($1, '')", [WEBHOOK_STORED_CHANNEL])
      // Not fatal: the workers also poll, once a second.
      .catch((error: unknown) => console.warn(`[webhook] aviso aos workers falhou: ${describeError(error)}`))
      .finally(() => {
        inFlight = false;
        if (again) notify();
      });
  }

  function notify() {
    if (scheduled) return;
    if (inFlight) {
      again = true;
      return;
    }
    const wait = lastSentAt + MIN_GAP_MS - Date.now();
    if (wait <= 0) return send();
    scheduled = setTimeout(() => {
      scheduled = undefined;
      notify();
    }, wait);
  }

  return notify;
}
