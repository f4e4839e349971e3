// Webhook ingest through the server users run (`npm start`: next build + next start, every
// follow-up job running), next to the no-op liveness route on the same server, in the same run.
// Targets (issue 11): capacity ≥ 50 % of the no-op route's; at 250 webhooks/s p99 < 100 ms with no
// non-200; webhook → broker's browser p95 < 250 ms. Measured, never asserted.
import { readFileSync } from "node:fs";
import type { Db } from "../server/db";
import { capacity } from "./autocannon-load";
import { BENCH_PASSWORD, seedIngestWorld, webhookStream } from "./ingest-traffic";
import { openLoop } from "./load";
import { appCpuTicks, cpuPerRequest } from "./process-cpu";
import { openRealtimeProbe } from "./realtime-probe";
import { ms, summarize } from "./stats";
import type { BenchTable } from "./table";

const LEADS = Number(process.env.BENCH_LEADS ?? 2_000);
const CONNECTIONS = Number(process.env.BENCH_CONCURRENCY ?? 32);
const RATE = Number(process.env.BENCH_RATE ?? 250);

async function drained(db: Db, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await db.webhookEvent.count({ where: { processedAt: null } })) === 0) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

export async function benchWebhookIngest(db: Db, app: { url: string }, pusher: { key: string; host: string; port: number }, seconds: number, table: BenchTable) {
  const world = await seedIngestWorld(db, LEADS);
  const next = webhookStream(world, process.env.META_APP_SECRET ?? "");
  const port = Number(new URL(app.url).port);

  await capacity(app.url, "/api/webhooks/meta", 3, 8, next); // warm-up: JIT, pools, Prisma
  const beforeNoop = appCpuTicks();
  const noop = await capacity(app.url, "/api/health/live", seconds, CONNECTIONS);
  const beforeIngest = appCpuTicks();
  const ingest = await capacity(app.url, "/api/webhooks/meta", seconds, CONNECTIONS, next);
  const afterIngest = appCpuTicks();
  table.row("no-op route (GET /api/health/live)", `${noop.rps.toFixed(0)} req/s`, `p50 ${ms(noop.p50)} · p99 ${ms(noop.p99)}`, `${CONNECTIONS} connections, closed loop`);
  table.row(
    "webhook capacity (mix)",
    `${ingest.rps.toFixed(0)} req/s = ${((100 * ingest.rps) / noop.rps).toFixed(0)} % of no-op`,
    `p50 ${ms(ingest.p50)} · p99 ${ms(ingest.p99)}`,
    `${ingest.non2xx} non-2xx, ${ingest.errors} errors; target ≥ 50 %`,
  );
  const drainedAfterCapacity = await drained(db, 120_000);
  const afterApplied = appCpuTicks();
  table.row(
    "CPU per request (from /proc)",
    `no-op: ${cpuPerRequest(beforeNoop, beforeIngest, noop.ok)}`,
    `webhook: ${cpuPerRequest(beforeIngest, { next: afterIngest.next, worker: afterApplied.worker }, ingest.ok)}`,
    "the worker's up to when everything stored was applied",
  );

  const probe = await openRealtimeProbe({ appUrl: app.url, email: world.brokerEmail, password: BENCH_PASSWORD, brokerId: world.brokerId, pusher });
  try {
    const steady = await openLoop(port, "/api/webhooks/meta", next, RATE, seconds, (webhook, at) => {
      if (webhook.inboundFrom) probe.sent(world.conversationOf.get(webhook.inboundFrom) ?? "", at);
    });
    const latency = summarize(steady.latencies);
    table.row(`webhooks at ${RATE}/s, open loop`, `p99 ${ms(latency.p99)}`, `p50 ${ms(latency.p50)} · p95 ${ms(latency.p95)} · max ${ms(latency.max)}`, `${steady.failed} non-200; target p99 < 100 ms`);
    await new Promise((r) => setTimeout(r, 3_000)); // the last pushes in flight
    const browser = summarize(probe.latencies);
    table.row("webhook → broker's pusher-js", `p95 ${ms(browser.p95)}`, `p50 ${ms(browser.p50)} · p99 ${ms(browser.p99)}`, `${browser.count} inbound seen, ${probe.missed()} never pushed; target p95 < 250 ms`);
  } finally {
    probe.close();
  }
  const applied = await drained(db, 120_000);
  const [events, unprocessed, failed] = await Promise.all([db.webhookEvent.count(), db.webhookEvent.count({ where: { processedAt: null } }), db.webhookEvent.count({ where: { error: { not: null } } })]);
  table.row("webhooks stored / applied", `${events} stored`, `${unprocessed} not applied, ${failed} with an error`, applied && drainedAfterCapacity ? "all applied" : "NOT all applied within 2 min");
}

/** The Pusher key the launcher generated for Soketi (local demo secrets). */
export function localPusherKey(): string {
  return (JSON.parse(readFileSync(".data/secrets.json", "utf8")) as { PUSHER_KEY: string }).PUSHER_KEY;
}
