import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// The embedded database (dev/launcher) records its URL here so the CLI finds it with no env.
export const EMBEDDED_URL_FILE = path.join(process.cwd(), ".data", "embedded-database-url");

export function resolveCliDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (existsSync(EMBEDDED_URL_FILE)) return readFileSync(EMBEDDED_URL_FILE, "utf8").trim();
  return "postgresql://postgres@127.0.0.1:5432/comunicador";
}
