import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";

const MIGRATIONS = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");

/**
 * The data part (from its "-- Data:" line) of the migration whose folder ends with `name`, as a
 * function that runs it again in one session (a migration may create pg_temp helpers).
 */
export function migrationDataReplay(name: string) {
  const dir = readdirSync(MIGRATIONS).find((d) => d.endsWith(`_${name}`));
  if (!dir) throw new Error(`no migration named ${name}`);
  const sql = readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8");
  const statements = sql
    .slice(sql.indexOf("-- Data:"))
    .split(/;\n/)
    .map((s) => s.replace(/^--.*$/gm, "").trim())
    .filter(Boolean);
  return (db: PrismaClient) =>
    db.$transaction(async (tx) => {
      for (const statement of statements) await tx.$executeRawUnsafe(statement);
    });
}
