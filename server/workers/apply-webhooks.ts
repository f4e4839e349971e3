import "server-only";
// The webhook worker process: `npm start` (and the demo, and the e2e server) runs it beside
// `next start` and tells Next (WEBHOOK_APPLY=worker) to only store what Meta sends. Applying then
// runs on a core of its own instead of in the process that has to answer Meta within seconds.
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { publish } from "@/server/realtime/publish";
import { listenForWebhookEvents } from "@/server/services/webhooks/listen-for-webhook-events";
import { startWebhookWorker } from "@/server/services/webhooks/webhook-worker";

const worker = startWebhookWorker(getDb, () => ({ publish, jobs: inngestJobs }));
const listener = listenForWebhookEvents(env().DATABASE_URL, () => worker.wake());
console.log("[webhook-worker] aplicando os webhooks armazenados");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await listener.close();
  await worker.stop();
  await getDb().$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
