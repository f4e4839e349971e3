import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next's guard module throws outside React Server Components; tests call server code directly.
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**", "generated/**"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one fork less than the cores: a single fork on a 2-core CI machine, where
    // most of a file's time is spent waiting (PostgreSQL, the executor, paced sends). Files seed
    // with unique ids (test/db.ts), and executors get databases of their own, so two run side by side.
    maxWorkers: 2,
    minWorkers: 2,
  },
});
