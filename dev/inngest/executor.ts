import type { AddressInfo } from "node:net";
import { type Clock, systemClock } from "./clock";
import { createHttpServer } from "./http/server";
import { type Logger, consoleLogger } from "./logger";
import { startScheduler } from "./scheduler";
import { createPool } from "./store/db";
import { migrate } from "./store/schema";
import { type SyncResult, createSyncer } from "./sync";

export type ExecutorOptions = {
  databaseUrl: string;
  /** 8288 by default, the Inngest dev server's port, so the SDK in dev mode finds us unconfigured. 0 picks a free port. */
  port?: number;
  host?: string;
  /** The app's serve endpoint, e.g. http://127.0.0.1:3000/api/inngest, synced at start until it answers. */
  appUrl?: string;
  /** Re-sync `appUrl` this often to pick up edited functions; 0 syncs once. */
  resyncMs?: number;
  clock?: Clock;
  /** Serve POST /v0/clock/advance; defaults to true for any clock but the system one. */
  exposeClock?: boolean;
  workers?: number;
  /** Longest pause of an idle worker; also how soon work added by another executor is seen. */
  pollMs?: number;
  /** Delay before retry number `attempt` (1, 2, …) of a step or request. */
  retryBackoffMs?: (attempt: number) => number;
  /** A call to the app with no answer by then counts as a failed attempt. */
  requestTimeoutMs?: number;
  logger?: Logger;
};

export type Executor = {
  url: string;
  /** Advancing this clock also wakes the workers, so due sleeps, waits and crons run at once. */
  clock: Clock;
  sync(appUrl: string): Promise<SyncResult>;
  close(): Promise<void>;
};

export const defaultRetryBackoffMs = (attempt: number) => Math.min(1_000 * 2 ** attempt, 60_000);

export async function startExecutor(options: ExecutorOptions): Promise<Executor> {
  const logger = options.logger ?? consoleLogger();
  const baseClock = options.clock ?? systemClock();
  const workers = options.workers ?? 4;
  // Each worker holds one connection for the length of a call, the intake loop one; the rest serve the HTTP API.
  const pool = createPool(options.databaseUrl, workers + 5);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const scheduler = startScheduler({
    pool,
    clock: baseClock,
    workers,
    pollMs: options.pollMs ?? 1_000,
    backoffMs: options.retryBackoffMs ?? defaultRetryBackoffMs,
    requestTimeoutMs: options.requestTimeoutMs ?? 5 * 60_000,
    logger,
  });
  const clock: Clock = {
    kind: baseClock.kind,
    now: () => baseClock.now(),
    advance(ms) {
      const now = baseClock.advance(ms);
      scheduler.wake();
      return now;
    },
  };
  const syncer = createSyncer({ pool, clock, logger, onSynced: scheduler.wake });
  const server = createHttpServer({
    pool,
    clock,
    exposeClock: options.exposeClock ?? clock.kind !== "system",
    syncer,
    scheduler,
    appUrl: options.appUrl,
    logger,
  });

  const host = options.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 8288, host, resolve);
    });
  } catch (error) {
    await scheduler.stop();
    await pool.end();
    const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    throw inUse ? new Error(`${host}:${options.port ?? 8288} is in use: is another Inngest dev server or executor running?`) : error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  logger.info(`listening on ${url} (clock: ${clock.kind})`);
  if (options.appUrl) syncer.keepSynced(options.appUrl, options.resyncMs ?? 10_000);

  return {
    url,
    clock,
    sync: (appUrl) => syncer.sync(appUrl),
    async close() {
      syncer.stop();
      await scheduler.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
    },
  };
}
