import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { dropDatabase, ensureDatabase, isReachable, startEmbeddedDatabase } from "../dev/launcher/embedded-database";

const run = promisify(execFile);
const LOCAL_SERVER = process.env.TEST_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// Refuse anything but a local server: the setup creates and drops databases.
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Test database must be local, got ${host}`);
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

// One fresh database per run on the local PostgreSQL, or on an embedded one when none is running.
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  let server = LOCAL_SERVER;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!(await isReachable(server))) {
    const embedded = await startEmbeddedDatabase(path.resolve(".data", "test"), 54349, console.warn);
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
