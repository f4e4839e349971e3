import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { Inngest, type InngestFunction } from "inngest";
import { createServer } from "inngest/node";
import type { Clock } from "@/dev/inngest/clock";
import { type Executor, type ExecutorOptions, startExecutor } from "@/dev/inngest/executor";
import type { Logger } from "@/dev/inngest/logger";
import type { RunDetail } from "@/dev/inngest/store/inspection";
import type { Run } from "@/dev/inngest/store/runs";

/** A database of its own per test file, on the server of DATABASE_URL (or the local default). */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  server.pathname = "/postgres";
  const name = `inngest_exec_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: server.href });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export type CapturingLogger = Logger & { lines: string[] };

export function capturingLogger(): CapturingLogger {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

const silent = { info() {}, warn() {}, error() {}, debug() {} };

export function testClient(executorUrl: string, id = "test-app"): Inngest {
  return new Inngest({ id, isDev: true, baseUrl: executorUrl, logger: silent });
}

/** The app side: the real SDK's `serve()` on a Node HTTP server, like a Next.js route would be. */
export async function startApp(client: Inngest, functions: InngestFunction.Any[], port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer({ client, functions });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/api/inngest`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function startTestExecutor(databaseUrl: string, clock: Clock, logger: Logger, extra: Partial<ExecutorOptions> = {}): Promise<Executor> {
  return startExecutor({ databaseUrl, port: 0, clock, logger, workers: 4, pollMs: 200, ...extra });
}

/** Polls until `check` returns a value; the timeout only bounds a failing test. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reads the executor's inspection API the way another engineer's test would. */
export function inspector(executorUrl: string) {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${executorUrl}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const runs = async (fn: string, status?: string) =>
    (await get<{ runs: Run[] }>(`/v0/runs?fn=${encodeURIComponent(fn)}${status ? `&status=${status}` : ""}`)).runs;
  const run = (id: string) => get<RunDetail>(`/v0/runs/${encodeURIComponent(id)}`);
  return {
    runs,
    run,
    /** The single run of `fn`, once it satisfies `ready`. */
    async waitForRun(fn: string, ready: (run: RunDetail) => boolean, what = `a run of ${fn}`): Promise<RunDetail> {
      return waitFor(what, async () => {
        const [first] = await runs(fn);
        if (!first) return undefined;
        const detail = await run(first.id);
        return ready(detail) ? detail : undefined;
      });
    },
    waitForRunId(id: string, ready: (run: RunDetail) => boolean, what = `run ${id}`): Promise<RunDetail> {
      return waitFor(what, async () => {
        const detail = await run(id);
        return ready(detail) ? detail : undefined;
      });
    },
    /** Every run of `fn`, once there are `count` of them and all satisfy `ready`. */
    waitForRuns(fn: string, count: number, ready: (run: RunDetail) => boolean, what = `${count} runs of ${fn}`): Promise<RunDetail[]> {
      return waitFor(what, async () => {
        const details = await Promise.all((await runs(fn)).map((r) => run(r.id)));
        return details.length === count && details.every(ready) ? details : undefined;
      });
    },
    /** Once the event with this internal id has been matched against triggers, waits and cancellations. */
    waitForEventProcessed(id: string): Promise<true> {
      return waitFor(`event ${id} processed`, async () => {
        const { events } = await get<{ events: { id: string; processed: boolean }[] }>("/v0/events?limit=1000");
        return events.some((event) => event.id === id && event.processed) || undefined;
      });
    },
    async send(events: unknown): Promise<string[]> {
      const response = await fetch(`${executorUrl}/e/test-key`, { method: "POST", body: JSON.stringify(events) });
      const body = (await response.json()) as { ids: string[]; status: number };
      if (body.status !== 200) throw new Error(`send failed: ${JSON.stringify(body)}`);
      return body.ids;
    },
  };
}

export function counter() {
  const counts = new Map<string, number>();
  return {
    bump: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1).get(key)!,
    get: (key: string) => counts.get(key) ?? 0,
  };
}
