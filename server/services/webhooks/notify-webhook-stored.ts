import "server-only";
import { rawQuery, type Db } from "@/server/db";
import { describeError } from "./describe-error";

// What the webhook workers LISTEN on (listen-for-webhook-events.ts).
export const WEBHOOK_STORED_CHANNEL = "webhook_event";

/**
 * Wakes the webhook workers of every instance after an event was stored. Its own statement, not
 * a trigger on the insert: a NOTIFY in a writing transaction holds a database-wide lock through
 * its commit, and measured with pgbench (32 clients) it took inserts from 10,700/s to 470/s; on its
 * own it costs a round trip. At most one is in flight per process: stores that commit meanwhile
 * are covered by one more once it returns, as a worker drains everything pending when woken.
 */
export function createStoredNotifier(db: () => Db): () => void {
  let inFlight = false;
  let again = false;

  function notify() {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    again = false;
    rawQuery(db(), "SELECT 1 AS notified FROM pg_notify($1, '')", [WEBHOOK_STORED_CHANNEL])
      // Not fatal: the workers also poll, once a second.
      .catch((error: unknown) => console.warn(`[webhook] aviso aos workers falhou: ${describeError(error)}`))
      .finally(() => {
        inFlight = false;
        if (again) notify();
      });
  }

  return notify;
}
