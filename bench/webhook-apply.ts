// How fast one process applies stored webhooks, with no HTTP in front and no realtime server behind:
// what the ingest figures are made of. Stored events of the launch mix are applied by the webhook
// worker `npm start` runs (the same batches and transactions); pushes and jobs are counted, not sent.
import type { Db } from "../server/db";
import { storeWebhook } from "../server/services/webhooks/store-webhook";
import { startWebhookWorker } from "../server/services/webhooks/webhook-worker";
import { createJobs } from "../server/jobs/inngest-jobs";
import { seedIngestWorld, webhookStream } from "./ingest-traffic";
import type { BenchTable } from "./table";

const EVENTS = Number(process.env.BENCH_APPLY_EVENTS ?? 5_000);

export async function benchWebhookApply(db: Db, table: BenchTable) {
  // The configuration must be complete for the services to run; Pusher is never called here.
  for (const name of ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET"]) process.env[name] ??= "bench-apply-unused";
  const world = await seedIngestWorld(db, Number(process.env.BENCH_LEADS ?? 2_000), 1);
  const next = webhookStream(world, process.env.META_APP_SECRET ?? "", 7);
  const ids: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const webhook = next();
    const stored = await storeWebhook(db, { rawBody: webhook.body, signature: webhook.headers["x-hub-signature-256"] ?? null });
    if (stored.status !== 200) throw new Error(`storing a bench webhook answered ${stored.status}`);
    ids.push(stored.eventId);
  }
  let pushes = 0;
  let jobEvents = 0;
  const unappliedNow = () => db.webhookEvent.count({ where: { id: { in: ids }, processedAt: null } });
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const worker = startWebhookWorker(
    () => db,
    () => ({ publish: async (batch) => void (pushes += batch.length), jobs: createJobs(async (events) => void (jobEvents += events.length)) }),
  );
  while ((await unappliedNow()) > 0) await new Promise((r) => setTimeout(r, 50));
  await worker.stop();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const unapplied = await unappliedNow();
  table.row(
    "webhook apply, in process (no HTTP)",
    `${(EVENTS / seconds).toFixed(0)} events/s`,
    `${EVENTS} stored events of the mix in ${seconds.toFixed(2)} s; ${((1000 * (cpu.user + cpu.system)) / 1e6 / EVENTS).toFixed(2)} ms of this process's CPU per event`,
    `${unapplied} not applied; ${pushes} pushes and ${jobEvents} job events handed on`,
  );
}
