import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/server/env";

export type Db = PrismaClient;

// On the client itself, not in a module-level map: Next may load this module more than once (one
// copy per server chunk), and getDb's client, cached on globalThis, may come from another copy.
const POOL = Symbol.for("comunicador.db.pool");
type WithPool = Db & { [POOL]?: pg.Pool };

export function createDb(connectionString: string): Db {
  // Exits with the process once idle: scripts end without closing it, as they did with Prisma's own.
  const pool = new pg.Pool({ connectionString, max: 10, allowExitOnIdle: true });
  // An idle connection dropped by the server (a restart, a forced DROP DATABASE) must not crash the process.
  pool.on("error", (error) => console.warn(`[db] conexão ociosa encerrada pelo servidor: ${error.message}`));
  const db: WithPool = new PrismaClient({ adapter: new PrismaPg(pool) });
  db[POOL] = pool;
  return db;
}

/**
 * One statement straight on `db`'s connection pool, for the few run on every webhook: through
 * Prisma a raw query costs this process about 0.7 ms of CPU, through `pg` alone a fraction of that.
 * A client not made by createDb (a test's own) runs it through Prisma instead. `text` uses $1, $2….
 */
export async function rawQuery<Row>(db: Db, text: string, values: unknown[] = []): Promise<Row[]> {
  const pool = (db as WithPool)[POOL];
  if (!pool) return db.$queryRawUnsafe<Row[]>(text, ...values);
  return (await pool.query(text, values)).rows as Row[];
}

const globalForDb = globalThis as unknown as { db?: Db };

// One client per process; cached on globalThis so dev hot reloads do not open new pools.
export function getDb(): Db {
  globalForDb.db ??= createDb(env().DATABASE_URL);
  return globalForDb.db;
}
