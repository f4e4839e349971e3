// Webhook ingest (verify, store, apply, push) over HTTP, against the real route handler, Postgres
// and Soketi. Targets (DESIGN.md §7): ≥ half a no-op route's rate; p99 < 100 ms at 250 req/s.
import { randomBytes } from "node:crypto";
import { seedChannel } from "../prisma/seed/channels";
import { seedQueue } from "../prisma/seed/queues";
import { seedUser } from "../prisma/seed/users";
import { createDb } from "../server/db";
import { inboundMessage } from "../dev/whatsapp-sandbox/meta-message-bodies";
import { inboundMessagesWebhook } from "../dev/whatsapp-sandbox/meta-webhook-bodies";
import { signPayload } from "../server/meta/webhook-signature";
import { startScript, startSoketi } from "./children";
import { closedLoop, openLoop, type Load } from "./load";
import { ms, summarize } from "./stats";

const LEADS = Number(process.env.BENCH_LEADS ?? 2_000);

export async function benchWebhookIngest(seconds: number) {
  const db = createDb(process.env.DATABASE_URL ?? "");
  const soketi = await startSoketi(Number(process.env.PUSHER_PORT));
  const brokers = await Promise.all([1, 2].map(() => seedUser(db, { profile: "broker" })));
  await seedQueue(db, { memberIds: brokers.map((b) => b.id) });
  const channel = await seedChannel(db, {});
  const business = { wabaId: channel.wabaId, phoneNumberId: channel.phoneNumberId, displayPhoneNumber: channel.displayPhoneNumber };
  const leads = Array.from({ length: LEADS }, (_, i) => `55119${String(10_000_000 + i)}`);
  const secret = process.env.META_APP_SECRET ?? "";
  const makeRequest = () => {
    const waId = leads[Math.floor(Math.random() * leads.length)] ?? "5511900000000";
    const body = JSON.stringify(
      inboundMessagesWebhook({ business, contact: { name: "Lead Bench", waId }, messages: [inboundMessage.text({ from: waId, body: `Olá ${randomBytes(4).toString("hex")}` })] }),
    );
    return { body, headers: { "content-type": "application/json", "x-hub-signature-256": signPayload(secret, body) } };
  };
  const server = await startScript("bench/webhook-server.ts");
  try {
    const rate = (load: Load) => load.ok / load.seconds;
    await closedLoop(server.port, "/api/webhooks/meta", makeRequest, 8, 3); // warm-up: leads, JIT, pools
    const noop = await closedLoop(server.port, "/noop", makeRequest, 32, seconds);
    const capacity = await closedLoop(server.port, "/api/webhooks/meta", makeRequest, Number(process.env.BENCH_CONCURRENCY ?? 32), seconds);
    const steady = await openLoop(server.port, "/api/webhooks/meta", makeRequest, 250, seconds);
    const latency = summarize(steady.latencies);
    const stored = await db.message.count();
    console.log(`\n## Webhook ingest (inbound text, ${LEADS.toLocaleString("en")} leads, signed, over HTTP)`);
    console.log(`no-op handler on the same server: ${rate(noop).toFixed(0)} req/s`);
    console.log(`webhook capacity (32 in flight):  ${rate(capacity).toFixed(0)} req/s (${capacity.failed} non-200) = ${((100 * rate(capacity)) / rate(noop)).toFixed(0)}% of no-op`);
    console.log(`at 250 req/s for ${seconds} s:        p50 ${ms(latency.p50)} · p95 ${ms(latency.p95)} · p99 ${ms(latency.p99)} · max ${ms(latency.max)} (${steady.failed} non-200)`);
    console.log(`messages stored: ${stored} (one per accepted request, warm-up included)`);
  } finally {
    server.child.kill();
    soketi.kill();
    await db.$disconnect();
  }
}
