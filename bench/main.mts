// `npm run bench [-- seconds [phases]]`: performance is measured here, never asserted in tests.
// Everything HTTP goes through the server users run (`npm start`), next to its no-op route, in the
// same run. Phases: ingest, apply, sends, send-side, inbox (comma-separated; all by default), e.g.
// `-- 10 sends`. send-side times the send path alone, from messages already queued.
import { cpus } from "node:os";
import { createDb } from "../server/db";
import { BENCH_APPLICATION_NAME } from "./send-cpu";
import { startApp, pointAtAppServices } from "./app-server";
import { prepareBenchEnvironment } from "./bench-database";
import { benchInboxList } from "./inbox-list";
import { benchTable } from "./table";
import { benchWebhookIngest, localPusherKey } from "./webhook-ingest";

const PHASES = ["ingest", "apply", "sends", "send-side", "inbox"] as const;
const seconds = Number(process.argv[2] ?? 10);
const chosen = (process.argv[3] ?? PHASES.join(",")).split(",");
const unknown = chosen.filter((phase) => !(PHASES as readonly string[]).includes(phase));
if (unknown.length > 0) throw new Error(`unknown bench phase ${unknown.join(", ")}: use ${PHASES.join(", ")}`);
const runs = (phase: (typeof PHASES)[number]) => chosen.includes(phase);
const port = Number(process.env.BENCH_PORT ?? 3700);
const database = await prepareBenchEnvironment();
// Named, so that the send phases count the bench's own queries apart from the app's.
const db = createDb(withApplicationName(database.url, BENCH_APPLICATION_NAME));
const table = benchTable(`Benchmarks ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, ${cpus().length} CPUs, ${seconds} s per phase`);
if (runs("ingest") || runs("sends") || runs("send-side")) {
  console.log("starting the app as `npm start` does (building first when the build is stale)…");
  const app = await startApp(port);
  const services = pointAtAppServices(port);
  const benchApp = { databaseName: new URL(database.url).pathname.slice(1), launcherPid: app.pid };
  try {
    if (runs("ingest")) await benchWebhookIngest(db, app, { key: localPusherKey(), host: "127.0.0.1", port: services.soketiPort }, seconds, table);
    if (runs("sends")) {
      // Imported only now: the Inngest client reads its mode and URL from the environment when created.
      const { benchSends } = await import("./sends");
      await benchSends(db, benchApp, services.sandboxUrl, seconds, table);
    }
    if (runs("send-side")) {
      const { benchSendSide } = await import("./send-side");
      const count = Number(process.env.BENCH_SENDS ?? seconds * 1_000);
      await benchSendSide(db, benchApp, services.sandboxUrl, count, table);
    }
  } finally {
    await app.stop();
  }
}
try {
  if (runs("apply")) {
    const { benchWebhookApply } = await import("./webhook-apply");
    await benchWebhookApply(db, table);
  }
  if (runs("inbox")) await benchInboxList(db, table);
} finally {
  await db.$disconnect();
  await database.drop();
}
table.print();

function withApplicationName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set("application_name", name);
  return url.toString();
}
