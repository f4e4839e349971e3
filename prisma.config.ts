import { defineConfig } from "prisma/config";
import { MigrationAdapterFactory } from "./prisma/cli/migration-adapter";
import { resolveCliDatabaseUrl } from "./prisma/cli/database-url";

// Prisma 6 reads no .env once a config file exists, and without a URL it falls back to the
// library engine and tries to download it: always hand it one.
const databaseUrl = resolveCliDatabaseUrl();
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --import ./dev/server-only-outside-next.mjs prisma/seed/main.ts" },
  adapter: async () => new MigrationAdapterFactory(databaseUrl),
});
