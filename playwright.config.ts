import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's chromium where it exists (CI, this team's machines); Playwright's own browser elsewhere.
const systemChromium = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: systemChromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  },
};
const OUTAGE_SPEC = /inbox-realtime-outage\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  // Specs seed through server modules guarded by "server-only"; like Vitest, they map it to an empty module.
  tsconfig: "./e2e/tsconfig.json",
  fullyParallel: false,
  workers: 2,
  // No retries, in CI either: a test that passes on its second try hides a race to find.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "pt-BR",
    timezoneId: "America/Sao_Paulo",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: browser, testIgnore: OUTAGE_SPEC },
    // Soketi down for every browser at once: after the other specs, never beside them.
    { name: "realtime-outage", use: browser, testMatch: OUTAGE_SPEC, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "npx tsx --import ./dev/server-only-outside-next.mjs dev/launcher/main.ts e2e",
    url: `http://127.0.0.1:${PORT}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(PORT),
      APP_URL: `http://127.0.0.1:${PORT}`,
      SANDBOX_STATUS_DELAY_MS: "300",
      INNGEST_LOCAL_TEST_CLOCK: "1",
    },
  },
});
