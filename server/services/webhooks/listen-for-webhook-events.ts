import "server-only";
import pg from "pg";
import { describeError } from "./describe-error";
import { WEBHOOK_STORED_CHANNEL } from "./notify-webhook-stored";
const RECONNECT_MS = 1_000;

export type WebhookEventListener = { close(): Promise<void> };

/**
 * Calls `onStored` whenever any app instance stored webhook events (notify-webhook-stored.ts), over a connection of its own
 * (LISTEN holds it). When the connection drops (PostgreSQL restarting) it reconnects every second
 * and calls `onStored` once back, for whatever was stored meanwhile.
 */
export function listenForWebhookEvents(connectionString: string, onStored: () => void): WebhookEventListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  function reconnectLater(current: pg.Client) {
    if (closed || client !== current) return;
    client = undefined;
    void current.end().catch(() => undefined);
    retry = setTimeout(connect, RECONNECT_MS);
  }

  async function connect() {
    if (closed) return;
    const current = new pg.Client({ connectionString });
    client = current;
    current.on("notification", () => onStored());
    current.on("error", (error) => {
      console.warn(`[webhook-worker] conexão de avisos caiu: ${describeError(error)}`);
      reconnectLater(current);
    });
    current.on("end", () => reconnectLater(current));
    try {
      await current.connect();
      await current.query(`LISTEN ${WEBHOOK_STORED_CHANNEL}`);
      onStored();
    } catch (error) {
      console.warn(`[webhook-worker] sem conexão de avisos: ${describeError(error)}`);
      reconnectLater(current);
    }
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
