import { offsetClock, systemClock } from "./clock";
import { startExecutor } from "./executor";

/** `tsx dev/inngest/main.ts`: the local stand-in for the Inngest dev server. */
async function main(): Promise<void> {
  const env = process.env;
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("[inngest-local] DATABASE_URL is required, e.g. postgres://postgres@127.0.0.1:5432/comunicador");
    process.exit(1);
  }
  const port = Number(env.INNGEST_LOCAL_PORT ?? 8288);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`[inngest-local] INNGEST_LOCAL_PORT must be a port number, got "${env.INNGEST_LOCAL_PORT}"`);
    process.exit(1);
  }
  // Runs in a step at once; Inngest's cloud runs far more, the benchmark raises it to measure the app rather than this.
  const workers = Number(env.INNGEST_LOCAL_WORKERS ?? 4);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    console.error(`[inngest-local] INNGEST_LOCAL_WORKERS must be 1–256, got "${env.INNGEST_LOCAL_WORKERS}"`);
    process.exit(1);
  }
  const testClock = env.INNGEST_LOCAL_TEST_CLOCK === "1" || env.INNGEST_LOCAL_TEST_CLOCK === "true";

  const executor = await startExecutor({
    databaseUrl,
    port,
    workers,
    host: env.INNGEST_LOCAL_HOST || "127.0.0.1",
    appUrl: env.INNGEST_APP_URL || undefined,
    clock: testClock ? offsetClock() : systemClock(),
    exposeClock: testClock,
  });

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    executor.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(`[inngest-local] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
