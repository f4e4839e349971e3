import { signPayload } from "../../server/meta/webhook-signature";
import type { Timers } from "./timers";
import { postWebhook } from "./webhook-post";

export type WebhookTarget = { url?: string; secret: string };

export type DeliveryRecord = {
  id: number;
  field: string;
  url: string;
  state: "pending" | "delivered" | "gave_up";
  attempts: number;
  lastStatus?: number;
  lastError?: string;
  createdAt: number;
  deliveredAt?: number;
  body: unknown;
};

/** Deliveries sharing a lane go one at a time, in order (one message's statuses, one lead's messages). */
type Delivery = { record: DeliveryRecord; raw: string; signature: string; lane?: string };

const MAX_RECORDS = 1000;
const MAX_BACKOFF_MS = 60_000;
const REQUEST_TIMEOUT_MS = 15_000;

type EmitterOptions = {
  timers: Timers;
  log: (line: string) => void;
  enabled: () => boolean;
  concurrency: () => number;
  retryForMs: () => number;
};

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return "code" in error && typeof error.code === "string" ? `${error.code}: ${error.message}` : error.message;
}

/** Posts signed webhooks like Meta: exact bytes signed, retried with backoff while the app fails. */
export function createWebhookEmitter(options: EmitterOptions) {
  const ready: Delivery[] = [];
  // A lane in this map is taken; its array holds the deliveries waiting behind the current one.
  const lanes = new Map<string, Delivery[]>();
  const records: DeliveryRecord[] = [];
  let inFlight = 0;
  let waitingRetry = 0;
  let nextId = 1;
  let appDown = false;
  let warnedNoUrl = false;
  let generation = 0;
  const idleWaiters: (() => void)[] = [];

  function emit(target: WebhookTarget, body: { entry: { changes: { field: string }[] }[] }, lane?: string) {
    if (!options.enabled()) return undefined;
    if (!target.url) {
      if (!warnedNoUrl) options.log("SANDBOX_WEBHOOK_URL não definido: nenhum webhook será enviado");
      warnedNoUrl = true;
      return undefined;
    }
    const raw = JSON.stringify(body);
    const record: DeliveryRecord = {
      id: nextId++,
      field: body.entry[0]?.changes[0]?.field ?? "unknown",
      url: target.url,
      state: "pending",
      attempts: 0,
      createdAt: Date.now(),
      body,
    };
    records.push(record);
    if (records.length > MAX_RECORDS * 1.5) records.splice(0, records.length - MAX_RECORDS);
    const delivery: Delivery = { record, raw, signature: signPayload(target.secret, raw), lane };
    const waiting = lane ? lanes.get(lane) : undefined;
    if (waiting) waiting.push(delivery);
    else {
      if (lane) lanes.set(lane, []);
      ready.push(delivery);
    }
    pump();
    return record;
  }

  function finish(delivery: Delivery) {
    if (!delivery.lane) return;
    const next = lanes.get(delivery.lane)?.shift();
    if (next) ready.push(next);
    else lanes.delete(delivery.lane);
  }

  function pump() {
    while (inFlight < Math.max(1, options.concurrency()) && ready.length > 0) {
      const delivery = ready.shift();
      if (delivery) void attempt(delivery);
    }
    if (inFlight === 0 && ready.length === 0 && waitingRetry === 0) {
      for (const resolve of idleWaiters.splice(0)) resolve();
    }
  }

  async function attempt(delivery: Delivery) {
    inFlight += 1;
    const started = generation;
    const { record } = delivery;
    record.attempts += 1;
    try {
      const status = await postWebhook(
        record.url,
        delivery.raw,
        { "content-type": "application/json", "x-hub-signature-256": delivery.signature, "user-agent": "facebookexternalua" },
        REQUEST_TIMEOUT_MS,
      );
      record.lastStatus = status;
      if (started !== generation) return;
      if (status >= 200 && status < 300) {
        record.state = "delivered";
        record.deliveredAt = Date.now();
        if (appDown) options.log(`webhooks voltaram a ser aceitos por ${record.url}`);
        appDown = false;
        finish(delivery);
      } else {
        retryLater(delivery, `HTTP ${status}`);
      }
    } catch (error) {
      if (started === generation) retryLater(delivery, describeError(error));
    } finally {
      inFlight -= 1;
      pump();
    }
  }

  function retryLater(delivery: Delivery, reason: string) {
    const { record } = delivery;
    record.lastError = reason;
    if (Date.now() - record.createdAt > options.retryForMs()) {
      record.state = "gave_up";
      options.log(`webhook ${record.field} #${record.id} descartado após ${record.attempts} tentativas (${reason})`);
      finish(delivery);
      return;
    }
    // One line when the app starts failing, not one per webhook.
    if (!appDown) options.log(`webhook para ${record.url} falhou (${reason}); tentando de novo com espera crescente`);
    appDown = true;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (record.attempts - 1));
    waitingRetry += 1;
    // The delivery keeps its lane while it waits, so later webhooks of that lane wait too.
    options.timers.after(delay, () => {
      waitingRetry -= 1;
      ready.unshift(delivery);
      pump();
    });
  }

  return {
    emit,
    records: () => records.slice(-MAX_RECORDS),
    /** Drops everything pending (reset); the caller cancels the retry timers. */
    clear: () => {
      generation += 1;
      ready.length = 0;
      lanes.clear();
      records.length = 0;
      waitingRetry = 0;
      pump();
    },
    /** Resolves once nothing is queued, sending or waiting to be retried. */
    idle: () =>
      new Promise<void>((resolve) => {
        if (inFlight === 0 && ready.length === 0 && waitingRetry === 0) resolve();
        else idleWaiters.push(resolve);
      }),
  };
}

export type WebhookEmitter = ReturnType<typeof createWebhookEmitter>;
