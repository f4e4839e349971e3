// The app as `npm start` runs it (next build when stale, then next start), in the local demo so the
// WhatsApp sandbox and the local Inngest executor run every follow-up job, on the bench's database.
// Soketi is the bench's own (PUSHER_HOST), as a self-hosted Soketi would be in production.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultPorts } from "../dev/launcher/launch-plan";

export type BenchApp = { url: string; log: string; /** The launcher's: the app's processes are its descendants. */ pid: number; stop(): Promise<void> };

const LOG_DIR = path.resolve(".data", "bench");

async function waitForReady(url: string, exited: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error("the app stopped before it was ready");
    const ready = await fetch(`${url}/api/health/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app was not ready within ${timeoutMs / 1000} s`);
}

export async function startApp(port: number): Promise<BenchApp> {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = path.join(LOG_DIR, "app.log");
  const out = createWriteStream(log);
  const url = `http://127.0.0.1:${port}`;
  // The local executor runs 4 steps at once by default; Inngest's cloud runs far more, so the sends phase measures the app.
  const env = { INNGEST_LOCAL_WORKERS: "32", ...process.env, COMUNICADOR_LOCAL_DEMO: "1", PORT: String(port), APP_URL: url };
  // The launcher sets NODE_ENV=production itself, as for `npm start`.
  delete (env as Partial<typeof env>).NODE_ENV;
  const child = spawn(process.execPath, ["--import", "./dev/server-only-outside-next.mjs", "--import", "tsx", "dev/launcher/main.ts", "start"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  const done = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));
  try {
    await waitForReady(url, () => exited, 600_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw new Error(`${error instanceof Error ? error.message : String(error)}; see ${log}`);
  }
  return {
    url,
    log,
    pid: child.pid ?? 0,
    async stop() {
      if (!exited) child.kill("SIGTERM");
      await Promise.race([done, new Promise((r) => setTimeout(r, 20_000))]);
      if (!exited) child.kill("SIGKILL");
    },
  };
}

/**
 * Points this process at the app's stand-ins, as the launcher points the app: services the bench
 * calls in-process (queueOutboundMessage) then send Inngest events to the local executor and push
 * through the same Soketi. Call after startApp, whose launcher must not see these (it would take
 * them for outside services and start no stand-in).
 */
export function pointAtAppServices(port: number) {
  const ports = defaultPorts("start", { PORT: String(port) });
  const secrets = JSON.parse(readFileSync(path.join(".data", "secrets.json"), "utf8")) as Record<string, string>;
  Object.assign(process.env, {
    INNGEST_DEV: "1",
    INNGEST_BASE_URL: `http://127.0.0.1:${ports.inngest}`,
    PUSHER_APP_ID: secrets.PUSHER_APP_ID,
    PUSHER_KEY: secrets.PUSHER_KEY,
    PUSHER_SECRET: secrets.PUSHER_SECRET,
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(ports.soketi),
    PUSHER_USE_TLS: "false",
  });
  return { soketiPort: ports.soketi, sandboxUrl: `http://127.0.0.1:${ports.sandbox}` };
}
