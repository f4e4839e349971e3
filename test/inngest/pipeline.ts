import type { Inngest } from "inngest";
import { offsetClock } from "@/dev/inngest/clock";
import type { Executor } from "@/dev/inngest/executor";
import { capturingLogger, inspector, startTestExecutor } from "@/test/inngest/executor-harness";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { startRouteServer, type RouteModule } from "./route-server";
import { startTestSandbox, type TestSandbox } from "./test-sandbox";

export type Pipeline = {
  database: TestDatabase;
  sandbox: TestSandbox;
  executor: Executor;
  app: { url: string; close(): Promise<void> };
  inngest: Inngest;
  api: ReturnType<typeof inspector>;
  /** Stops the executor and starts another on the same database, port and clock (a crash and restart). */
  restartExecutor(): Promise<void>;
  advance(ms: number): void;
  /** The executor's time: real time plus every advance so far. Deadlines in tests count from it. */
  now(): number;
  close(): Promise<void>;
};

const clock = offsetClock();

/**
 * The whole send path on one machine: the real local executor (test clock), the app's real
 * /api/inngest and /api/webhooks/meta route handlers, and the WhatsApp sandbox posting webhooks
 * to them, over a database of this file's own.
 */
export async function startPipeline(options: { sandbox?: Parameters<typeof startTestSandbox>[0]; workers?: number } = {}): Promise<Pipeline> {
  const database = await createTestDatabase("comunicador_pipeline");
  process.env.DATABASE_URL = database.url;
  const logger = capturingLogger();
  const executorOptions = { workers: options.workers ?? 8, retryBackoffMs: () => 200 };
  let executor = await startTestExecutor(database.url, clock, logger, executorOptions);
  const port = Number(new URL(executor.url).port);
  // The app's Inngest client reads these when inngest/client.ts is first imported, below.
  process.env.INNGEST_DEV = "1";
  process.env.INNGEST_BASE_URL = executor.url;

  const inngestRoute = (await import("@/app/api/inngest/route")) as RouteModule;
  const webhookRoute = (await import("@/app/api/webhooks/meta/route")) as RouteModule;
  const { inngest } = await import("@/inngest/client");
  const app = await startRouteServer({ "/api/inngest": inngestRoute, "/api/webhooks/meta": webhookRoute });
  const sandbox = await startTestSandbox({ webhookUrl: `${app.url}/api/webhooks/meta`, ...options.sandbox });
  const sync = await executor.sync(`${app.url}/api/inngest`);
  if (!sync.ok) throw new Error(`sync failed: ${JSON.stringify(sync)}`);

  return {
    database,
    sandbox,
    get executor() {
      return executor;
    },
    app,
    inngest,
    get api() {
      return inspector(executor.url);
    },
    async restartExecutor() {
      await executor.close();
      executor = await startTestExecutor(database.url, clock, logger, { ...executorOptions, port });
    },
    advance: (ms) => void executor.clock.advance(ms),
    now: () => executor.clock.now(),
    async close() {
      await sandbox.close();
      await executor.close();
      await app.close();
      const { getDb } = await import("@/server/db");
      await getDb().$disconnect();
      await database.drop();
    },
  };
}
