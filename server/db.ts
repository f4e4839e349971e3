import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/server/env";

export type Db = PrismaClient;

export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

const globalForDb = globalThis as unknown as { db?: Db };

// One client per process; cached on globalThis so dev hot reloads do not open new pools.
export function getDb(): Db {
  globalForDb.db ??= createDb(env().DATABASE_URL);
  return globalForDb.db;
}
