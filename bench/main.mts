// `npm run bench [-- seconds]`: performance is measured here, never asserted in tests. Everything
// HTTP goes through the server users run (`npm start`), next to its no-op route, in the same run.
import { cpus } from "node:os";
import { createDb } from "../server/db";
import { startApp } from "./app-server";
import { prepareBenchEnvironment } from "./bench-database";
import { benchInboxList } from "./inbox-list";
import { benchTable } from "./table";
import { benchWebhookIngest, localPusherKey } from "./webhook-ingest";

const seconds = Number(process.argv[2] ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3700);
const database = await prepareBenchEnvironment();
const db = createDb(database.url);
const table = benchTable(`Benchmarks ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, ${cpus().length} CPUs, ${seconds} s per phase`);
console.log("starting the app as `npm start` does (building first when the build is stale)…");
const app = await startApp(port);
try {
  await benchWebhookIngest(db, app, { key: localPusherKey(), host: "127.0.0.1", port: port + 3001 }, seconds, table);
} finally {
  await app.stop();
}
try {
  await benchInboxList(db, table);
} finally {
  await db.$disconnect();
  await database.drop();
}
table.print();
