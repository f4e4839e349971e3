import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "../test/test-database";

// Benchmarks run on a throwaway database, like the tests, with throwaway secrets. The app the bench
// starts reads the same ones; Pusher's are the local demo's (Soketi, started by the launcher).
export async function prepareBenchEnvironment(): Promise<TestDatabase> {
  const database = await createTestDatabase("comunicador_bench");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    META_APP_SECRET: randomBytes(24).toString("hex"),
  });
  for (const name of ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET", "PUSHER_HOST", "PUSHER_PORT", "GRAPH_API_BASE_URL", "INNGEST_BASE_URL", "INNGEST_DEV"]) delete process.env[name];
  return database;
}
