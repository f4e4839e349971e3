import { createDb, type Db } from "@/server/db";

let db: Db | undefined;

// The run's database (see global-setup); tests seed with unique ids so files can run in parallel.
export function testDb(): Db {
  db ??= createDb(process.env.DATABASE_URL ?? "");
  return db;
}
