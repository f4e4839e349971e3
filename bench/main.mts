// `npm run bench [-- seconds]`: performance is measured here, never asserted in tests.
import { prepareBenchEnvironment } from "./bench-database";
import { benchInboxList } from "./inbox-list";
import { benchWebhookIngest } from "./webhook-ingest";

const seconds = Number(process.argv[2] ?? 10);
const database = await prepareBenchEnvironment();
try {
  console.log(`Benchmarks on ${process.platform}/${process.arch}, ${(await import("node:os")).cpus().length} CPUs, ${seconds} s per phase`);
  await benchWebhookIngest(seconds);
  await benchInboxList();
} finally {
  await database.drop();
}
