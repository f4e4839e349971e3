import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "../test/test-database";

// Benchmarks run on a throwaway database, like the tests, with throwaway secrets.
export async function prepareBenchEnvironment(): Promise<TestDatabase> {
  const database = await createTestDatabase("comunicador_bench");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    META_APP_SECRET: "bench-meta-app-secret",
    PUSHER_APP_ID: "bench",
    PUSHER_KEY: "bench-key",
    PUSHER_SECRET: "bench-secret",
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: process.env.BENCH_SOKETI_PORT ?? "6901",
    PUSHER_USE_TLS: "false",
  });
  return database;
}
