// Support for the production-mode smoke test: the outside services a production install talks to
// (Meta's Graph API, Inngest, Pusher), played by small recording HTTP servers that the test starts
// itself, and `npm start` run as a child process.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { seedChannel, type SeedChannelInput } from "../prisma/seed/channels";

export type Recorded = { method: string; path: string; headers: IncomingMessage["headers"]; body: string };
type Answer = { status: number; body: unknown };

export type OutsideService = { url: string; requests: Recorded[]; close(): Promise<void> };

async function startRecorder(answer: (request: Recorded) => Answer): Promise<OutsideService> {
  const requests: Recorded[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
    requests.push(recorded);
    const { status, body } = answer(recorded);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

let wamids = 0;

/** Graph API: accepts message sends like Meta does; anything else is an unknown path. */
export function startFakeGraph(): Promise<OutsideService> {
  return startRecorder((request) => {
    if (request.method === "POST" && /^\/v\d+\.\d+\/\d+\/messages$/.test(request.path)) {
      const { to } = JSON.parse(request.body) as { to: string };
      return { status: 200, body: { messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to.replace(/\D/g, "") }], messages: [{ id: `wamid.fake.${++wamids}` }] } };
    }
    return { status: 404, body: { error: { code: 100, message: `Unknown path ${request.path}` } } };
  });
}

/** Inngest's event API (`/e/<event key>`) and sync endpoint (`/fn/register`). */
export function startFakeInngest(): Promise<OutsideService> {
  return startRecorder((request) => {
    if (request.method === "POST" && request.path.startsWith("/e/")) {
      const events = JSON.parse(request.body) as unknown[];
      return { status: 200, body: { ids: events.map((_, i) => `event-${i}`), status: 200 } };
    }
    if (request.method === "POST" && request.path.startsWith("/fn/register")) return { status: 200, body: { ok: true } };
    return { status: 404, body: { error: "not found" } };
  });
}

/** Pusher Channels' HTTP API: triggers are accepted and recorded. */
export function startFakePusher(): Promise<OutsideService> {
  return startRecorder(() => ({ status: 200, body: {} }));
}

/** The events the app sent to Inngest, in order. */
export function sentEvents(inngest: OutsideService): { name: string; data: Record<string, unknown>; id?: string; ts?: number }[] {
  return inngest.requests.filter((r) => r.path.startsWith("/e/")).flatMap((r) => JSON.parse(r.body));
}

export type ProductionSecrets = ReturnType<typeof productionSecrets>;

/** Fresh secrets for a production install: each test's server has its own. */
export function productionSecrets() {
  return {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    META_APP_SECRET: randomBytes(24).toString("hex"),
    PUSHER_APP_ID: "producao",
    PUSHER_KEY: randomBytes(10).toString("hex"),
    PUSHER_SECRET: randomBytes(20).toString("hex"),
    INNGEST_EVENT_KEY: randomBytes(16).toString("hex"),
    INNGEST_SIGNING_KEY: `signkey-prod-${randomBytes(32).toString("hex")}`,
  };
}

/** The environment of `npm start` in production, pointed at these outside services. */
export function productionEnv(input: {
  secrets: ProductionSecrets;
  databaseUrl: string;
  port: number;
  services: { graph: OutsideService; inngest: OutsideService; pusher: OutsideService };
}): Record<string, string> {
  const { graph, inngest, pusher } = input.services;
  return {
    ...input.secrets,
    DATABASE_URL: input.databaseUrl,
    APP_URL: `http://127.0.0.1:${input.port}`,
    PORT: String(input.port),
    GRAPH_API_BASE_URL: graph.url,
    INNGEST_BASE_URL: inngest.url,
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: new URL(pusher.url).port,
    PUSHER_USE_TLS: "false",
    MEDIA_DIR: `.data/producao-${input.port}/media`,
    // The e2e server built .next moments ago: this second server must not rebuild it under the first.
    SKIP_BUILD: "1",
  };
}

/** A channel whose credentials are sealed with the production server's key (not this process's). */
export async function seedProductionChannel(db: PrismaClient, secrets: ProductionSecrets, input: SeedChannelInput = {}) {
  const previousKey = process.env.CREDENTIALS_ENCRYPTION_KEY;
  process.env.CREDENTIALS_ENCRYPTION_KEY = secrets.CREDENTIALS_ENCRYPTION_KEY;
  try {
    return await seedChannel(db, input);
  } finally {
    process.env.CREDENTIALS_ENCRYPTION_KEY = previousKey;
  }
}

export type Launcher = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
  /** SIGKILL to the whole group: the launcher and the Next.js server die at once, with no shutdown. */
  kill(): Promise<void>;
};

/** What `npm start` runs (package.json's script, which needs no shell), with only the environment given here. */
export function npmStart(env: Record<string, string>): Launcher {
  const root = process.cwd();
  const script = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [command = "", ...args] = script.split(/\s+/);
  // Nothing of this shell's environment leaks in (a DATABASE_URL or INNGEST_DEV of the developer's).
  const childEnv = { ...process.env };
  for (const name of Object.keys(childEnv)) if (!["PATH", "HOME", "LANG", "TMPDIR"].includes(name)) delete childEnv[name];
  Object.assign(childEnv, env, { PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}` });
  // A process group of its own: stopping it is Ctrl-C in a terminal, every process it started included.
  const child = spawn(command, args, { cwd: root, env: childEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  return {
    child,
    output: () => output,
    exited,
    async stop() {
      signalGroup("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      signalGroup("SIGKILL");
    },
    async kill() {
      signalGroup("SIGKILL");
      await exited;
    },
  };
}

/** Waits until `url` answers 200, failing early with the launcher's output when it exits first. */
export async function waitUntilUp(launcher: Launcher, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void launcher.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`npm start saiu (código ${exitCode}) antes de responder:\n${launcher.output()}`);
    const status = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} não respondeu em ${timeoutMs / 1000} s:\n${launcher.output()}`);
}

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
