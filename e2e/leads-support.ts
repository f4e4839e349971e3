// Support for the leads e2e specs: direct database access to seed records of their own.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

const SERVERS = [
  process.env.E2E_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  // The launcher's embedded fallback when no local PostgreSQL runs (dev/launcher/main.ts).
  "postgresql://postgres:comunicador-local@127.0.0.1:54339/postgres",
];

// The e2e launcher creates a fresh `comunicador_e2e_<ms>` database per run without telling the test
// process; runs are serialised (flock), so the newest one is this run's.
async function currentE2eDatabaseUrl(): Promise<string> {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  for (const server of SERVERS) {
    const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname ~ '^comunicador_e2e_[0-9]+$' ORDER BY length(datname) DESC, datname DESC LIMIT 1",
      );
      if (rows[0]) {
        const url = new URL(server);
        url.pathname = `/${rows[0].datname}`;
        return url.toString();
      }
    } catch {
      // try the next server
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error("e2e: banco do launcher não encontrado (defina E2E_DATABASE_URL)");
}

let db: Promise<PrismaClient> | undefined;

export function e2eDb(): Promise<PrismaClient> {
  db ??= currentE2eDatabaseUrl().then((url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }));
  return db;
}
