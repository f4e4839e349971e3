// `npm start` / `npm run dev` / the e2e web server: every local service the app needs, one command.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv, EnvError } from "../../server/env";
import { needsBuild } from "./build-freshness";
import { e2eDatabaseUrlFile } from "./e2e-database-url";
import { dropDatabase, ensureDatabase, isReachable, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";
import { loadOrCreateLocalSecrets } from "./local-secrets";
import { runToCompletion, startService, stopService, waitForHttp, type Service } from "./processes";
import { seedIfEmpty } from "./seed-if-empty";
import { registerSandboxNumbers } from "./sandbox-numbers";

type Mode = "start" | "dev" | "e2e";
const mode = (process.argv[2] ?? "start") as Mode;
const root = process.cwd();
const dataDir = path.join(root, ".data");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const port = Number(process.env.PORT ?? (mode === "e2e" ? 3100 : 3000));
const services: Service[] = [];
let database: EmbeddedDatabase | undefined;
let freshDatabaseUrl: string | undefined;
let stopping = false;

const log = (line: string) => console.log(`\x1b[1m[comunicador]\x1b[0m ${line}`);

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("encerrando…");
  for (const service of [...services].reverse()) await stopService(service);
  if (freshDatabaseUrl) await dropDatabase(freshDatabaseUrl).catch(() => undefined);
  await database?.stop().catch(() => undefined);
  process.exit(code);
}

async function resolveDatabaseUrl(): Promise<string> {
  if (mode === "e2e") {
    // The local PostgreSQL when one runs (CI, most developers), else an embedded one.
    const local = process.env.E2E_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const base = (await isReachable(local)) ? local : (database = await startEmbeddedDatabase(path.join(dataDir, "e2e"), 54339, log)).url;
    const url = new URL(base);
    url.pathname = `/comunicador_e2e_${Date.now()}`;
    freshDatabaseUrl = url.toString();
    await ensureDatabase(freshDatabaseUrl);
    // The Playwright process reads it to seed records of its own (e2e/leads-support.ts).
    mkdirSync(path.join(dataDir, "e2e"), { recursive: true });
    writeFileSync(e2eDatabaseUrlFile(root, port), freshDatabaseUrl);
    return freshDatabaseUrl;
  }
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  log("DATABASE_URL não definida: usando o PostgreSQL embutido em .data/postgres");
  database = await startEmbeddedDatabase(dataDir, Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329), log);
  return database.url;
}

async function main() {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const usesOwnServices = Boolean(process.env.DATABASE_URL) && mode !== "e2e";
  const local = usesOwnServices ? undefined : loadOrCreateLocalSecrets(mode === "e2e" ? path.join(dataDir, "e2e") : dataDir);
  const databaseUrl = await resolveDatabaseUrl();

  // Derived from the app's port so that two instances (dev and e2e) never collide.
  const soketiPort = Number(process.env.SOKETI_PORT ?? port + 3001);
  const sandboxPort = Number(process.env.SANDBOX_PORT ?? port + 5290);
  const inngestPort = Number(process.env.INNGEST_LOCAL_PORT ?? port + 5288);
  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const startSoketi = !process.env.PUSHER_APP_ID;
  const sandboxEntry = path.join(root, "dev", "whatsapp-sandbox", "main.ts");
  const startSandbox = !process.env.GRAPH_API_BASE_URL && existsSync(sandboxEntry);
  const executorEntry = path.join(root, "dev", "inngest", "main.ts");
  const startExecutor = !process.env.INNGEST_BASE_URL && existsSync(executorEntry);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(local ?? {}),
    ...pickDefined(process.env, ["AUTH_SECRET", "CREDENTIALS_ENCRYPTION_KEY", "META_APP_SECRET", "PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET"]),
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    PORT: String(port),
    ...(startSoketi ? { PUSHER_HOST: "127.0.0.1", PUSHER_PORT: String(soketiPort), PUSHER_USE_TLS: "false" } : {}),
    ...(startSandbox ? { GRAPH_API_BASE_URL: `http://127.0.0.1:${sandboxPort}` } : {}),
    ...(process.env.INNGEST_BASE_URL ? {} : { INNGEST_DEV: "1", INNGEST_BASE_URL: `http://127.0.0.1:${inngestPort}` }),
  };
  try {
    parseEnv({ ...env, NODE_ENV: mode === "dev" ? "development" : "production" });
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n\nDefina essas variáveis (veja o README, seção "Produção") e rode de novo.`);
      return shutdown(1);
    }
    throw error;
  }

  log("aplicando migrações…");
  await runToCompletion("node", [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], env);
  const seeded = await seedIfEmpty(databaseUrl, env);

  if (startSoketi) {
    services.push(
      startService("soketi", bin("soketi"), ["start"], {
        ...env,
        SOKETI_PORT: String(soketiPort),
        SOKETI_DEFAULT_APP_ID: env.PUSHER_APP_ID,
        SOKETI_DEFAULT_APP_KEY: env.PUSHER_KEY,
        SOKETI_DEFAULT_APP_SECRET: env.PUSHER_SECRET,
        SOKETI_DEFAULT_APP_ENABLE_CLIENT_MESSAGES: "false",
        SOKETI_METRICS_ENABLED: "false",
      }, { quiet: true }),
    );
  }
  if (startSandbox) {
    services.push(
      startService("whatsapp-sandbox", bin("tsx"), [sandboxEntry], {
        ...env,
        SANDBOX_PORT: String(sandboxPort),
        SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${port}/api/webhooks/meta`,
        SANDBOX_STATE_FILE: path.join(mode === "e2e" ? path.join(dataDir, "e2e") : dataDir, "sandbox", `state-${port}.json`),
      }),
    );
  }
  if (startExecutor) {
    services.push(
      startService("inngest-local", bin("tsx"), [executorEntry], {
        ...env,
        INNGEST_LOCAL_PORT: String(inngestPort),
        INNGEST_APP_URL: `http://127.0.0.1:${port}/api/inngest`,
      }),
    );
  }

  if (mode !== "dev" && (mode === "e2e" ? process.env.E2E_SKIP_BUILD !== "1" : needsBuild(root))) {
    log("gerando o build de produção (next build)…");
    await runToCompletion(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  }
  const next = mode === "dev" ? ["dev", "-p", String(port)] : ["start", "-p", String(port)];
  services.push(startService("next", bin("next"), next, { ...env, NODE_ENV: mode === "dev" ? "development" : "production" }));
  for (const service of services) {
    service.child.on("exit", (code) => {
      if (!stopping) {
        log(`${service.name} parou (código ${code}); encerrando o resto.`);
        void shutdown(1);
      }
    });
  }
  await waitForHttp(`http://127.0.0.1:${port}/login`, 120_000);
  if (startSandbox) await registerSandboxNumbers(databaseUrl, `http://127.0.0.1:${sandboxPort}`).catch((e) => log(`sandbox: ${String(e)}`));

  log(`pronto: ${appUrl}`);
  if (startSandbox) log(`celular de teste (WhatsApp sandbox): http://127.0.0.1:${sandboxPort}`);
  if (seeded) {
    log("logins de demonstração (senha para todos: comunicador123):");
    for (const login of seeded) log(`  ${login.role.padEnd(14)} ${login.email}`);
  }
  log("Ctrl-C encerra tudo.");
}

function pickDefined(source: NodeJS.ProcessEnv, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (source[k] ? [[k, source[k]]] : [])));
}

main().catch((error) => {
  console.error(error);
  void shutdown(1);
});
