// `npm start` / `npm run dev` / the e2e web server. The mode (launch-plan.ts) decides what runs:
// the local demo starts every stand-in; production starts only Next.js against the outside
// services its environment names, and refuses to start when one is missing.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv, EnvError } from "../../server/env";
import { LOCAL_DEMO_FLAG } from "../../server/runtime-mode";
import { needsBuild } from "./build-freshness";
import { e2eControlsPort, startE2eControls } from "./e2e-controls";
import { e2eDatabaseUrlFile } from "./e2e-database-url";
import { dropDatabase, ensureDatabase, isReachable, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";
import { defaultPorts, demoEnvironment, describeMode, launchPlan, LaunchError, parseCommand, productionEnvironment, type LaunchPlan, type Ports } from "./launch-plan";
import { loadOrCreateLocalSecrets } from "./local-secrets";
import { runToCompletion, startService, stopService, waitForHttp, type Service } from "./processes";
import { demoAccountsIn, seedIfEmpty } from "./seed-if-empty";
import { registerSandboxNumbers } from "./sandbox-numbers";

const root = process.cwd();
const dataDir = path.join(root, ".data");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const sandboxEntry = path.join(root, "dev", "whatsapp-sandbox", "main.ts");
const executorEntry = path.join(root, "dev", "inngest", "main.ts");
const aiStandInEntry = path.join(root, "dev", "ai-stand-in", "main.ts");
const webhookWorkerEntry = path.join(root, "server", "workers", "apply-webhooks.ts");
const KEEP_ALIVE_MS = 65_000;
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

async function demoDatabaseUrl(plan: LaunchPlan, localDir: string, port: number): Promise<string> {
  if (plan.database === "given") return process.env.DATABASE_URL ?? "";
  if (plan.database === "embedded") {
    log("DATABASE_URL não definida: usando o PostgreSQL embutido em .data/postgres");
    database = await startEmbeddedDatabase(dataDir, Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329), log);
    return database.url;
  }
  // e2e: the local PostgreSQL when one runs (CI, most developers), else an embedded one.
  const local = process.env.E2E_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const base = (await isReachable(local)) ? local : (database = await startEmbeddedDatabase(localDir, 54339, log)).url;
  const url = new URL(base);
  url.pathname = `/comunicador_e2e_${Date.now()}`;
  freshDatabaseUrl = url.toString();
  await ensureDatabase(freshDatabaseUrl);
  // The Playwright process reads it to seed records of its own (e2e/leads-support.ts).
  mkdirSync(localDir, { recursive: true });
  writeFileSync(e2eDatabaseUrlFile(root, port), freshDatabaseUrl);
  return freshDatabaseUrl;
}

function checkConfiguration(plan: LaunchPlan, env: NodeJS.ProcessEnv): boolean {
  try {
    parseEnv({ ...env, NODE_ENV: plan.command === "dev" ? "development" : "production" });
    return true;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    const demoHint =
      plan.mode === "production"
        ? `\nPara a demonstração local (serviços substitutos e dados de demonstração) no seu PostgreSQL: npm run dev, ou ${LOCAL_DEMO_FLAG}=1 npm start.`
        : "";
    console.error(`\n${error.message}\n\nDefina essas variáveis (veja o README, seção "Produção") e rode de novo.${demoHint}\n`);
    return false;
  }
}

// Every service's exit stops the rest, except one stopped on purpose: that one has left `services` first.
function track(service: Service) {
  services.push(service);
  service.child.on("exit", (code) => {
    if (stopping || !services.includes(service)) return;
    log(`${service.name} parou (código ${code}); encerrando o resto.`);
    void shutdown(1);
  });
}

function startSoketi(env: NodeJS.ProcessEnv, ports: Ports) {
  track(
    startService("soketi", bin("soketi"), ["start"], {
      ...env,
      SOKETI_PORT: String(ports.soketi),
      SOKETI_DEFAULT_APP_ID: env.PUSHER_APP_ID,
      SOKETI_DEFAULT_APP_KEY: env.PUSHER_KEY,
      SOKETI_DEFAULT_APP_SECRET: env.PUSHER_SECRET,
      SOKETI_DEFAULT_APP_ENABLE_CLIENT_MESSAGES: "false",
      SOKETI_METRICS_ENABLED: "false",
    }, { quiet: true }),
  );
}

// An outage on demand for the e2e run: Soketi killed (a crash: the browsers' sockets drop with no
// goodbye), then a new one on the same port with the same app, as a restarted server would be.
function openE2eControls(env: NodeJS.ProcessEnv, ports: Ports) {
  startE2eControls(e2eControlsPort(ports.app), {
    async stop() {
      const soketi = services.find((service) => service.name === "soketi");
      if (!soketi) return;
      services.splice(services.indexOf(soketi), 1);
      await stopService(soketi, "SIGKILL");
      log("e2e: Soketi derrubado");
    },
    async start() {
      if (!services.some((service) => service.name === "soketi")) startSoketi(env, ports);
      await waitForHttp(`http://127.0.0.1:${ports.soketi}/`, 30_000);
      log("e2e: Soketi no ar");
    },
  });
}

function startStandIns(plan: LaunchPlan, env: NodeJS.ProcessEnv, ports: Ports, localDir: string) {
  if (plan.standIns.soketi) startSoketi(env, ports);
  if (plan.standIns.sandbox) {
    track(
      startService("whatsapp-sandbox", bin("tsx"), [sandboxEntry], {
        ...env,
        SANDBOX_PORT: String(ports.sandbox),
        SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${ports.app}/api/webhooks/meta`,
        SANDBOX_STATE_FILE: path.join(localDir, "sandbox", `state-${ports.app}.json`),
      }),
    );
  }
  if (plan.standIns.ai) {
    track(startService("ai-stand-in", bin("tsx"), [aiStandInEntry], { ...env, AI_STAND_IN_PORT: String(ports.ai) }));
  }
  if (plan.standIns.executor) {
    track(
      startService("inngest-local", bin("tsx"), [executorEntry], {
        ...env,
        INNGEST_LOCAL_PORT: String(ports.inngest),
        INNGEST_APP_URL: `http://127.0.0.1:${ports.app}/api/inngest`,
      }),
    );
  }
}

// The e2e run builds unless told to reuse; `npm start` builds when a source is newer than the
// build, or never with SKIP_BUILD=1 (an image built with `npm run build`, or a second server on one build).
function shouldBuild(plan: LaunchPlan): boolean {
  if (plan.command === "dev") return false;
  if (plan.command === "e2e") return process.env.E2E_SKIP_BUILD !== "1";
  if (process.env.SKIP_BUILD === "1") {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new LaunchError("SKIP_BUILD=1, mas não há build em .next: rode npm run build antes");
    return false;
  }
  return needsBuild(root);
}

async function main() {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const available = { sandbox: existsSync(sandboxEntry), executor: existsSync(executorEntry), ai: existsSync(aiStandInEntry) };
  const plan = launchPlan(parseCommand(process.argv[2]), process.env, available);
  const ports = defaultPorts(plan.command, process.env);
  const localDir = plan.command === "e2e" ? path.join(dataDir, "e2e") : dataDir;

  log(describeMode(plan, process.env));
  const env =
    plan.mode === "production"
      ? productionEnvironment(process.env, ports)
      : demoEnvironment(plan, process.env, { databaseUrl: await demoDatabaseUrl(plan, localDir, ports.app), ports, secrets: loadOrCreateLocalSecrets(localDir) });
  if (!checkConfiguration(plan, env)) return shutdown(1);
  const databaseUrl = env.DATABASE_URL ?? "";
  const build = shouldBuild(plan);

  log("aplicando migrações…");
  await runToCompletion("node", [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], env);
  const demoLogins = plan.seedDemoData ? await seedIfEmpty(databaseUrl, env) : null;
  if (plan.mode === "production") {
    const leftovers = await demoAccountsIn(databaseUrl);
    if (leftovers.length > 0) log(`ATENÇÃO: contas de demonstração neste banco (${leftovers.join(", ")}): troque as senhas delas ou desative-as.`);
  }

  startStandIns(plan, env, ports, localDir);
  if (plan.command === "e2e" && plan.standIns.soketi) openE2eControls(env, ports);
  if (build) {
    log("gerando o build de produção (next build)…");
    await runToCompletion(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  }
  const nodeEnv: NodeJS.ProcessEnv["NODE_ENV"] = plan.command === "dev" ? "development" : "production";
  // Applying webhooks gets a process (and so a core) of its own; Next only stores them.
  const nextEnv = { ...env, NODE_ENV: nodeEnv, WEBHOOK_APPLY: "worker" };
  track(startService("webhook-worker", process.execPath, ["--import", path.join(root, "dev", "server-only-outside-next.mjs"), "--import", "tsx", webhookWorkerEntry], nextEnv));
  // Idle keep-alive connections outlive a load balancer's (ALB: 60 s), so the server never closes
  // one that the balancer, or a test client, is about to reuse (Node's default is 5 s).
  const next = plan.command === "dev" ? ["dev", "-p", String(ports.app)] : ["start", "-p", String(ports.app), "--keepAliveTimeout", String(KEEP_ALIVE_MS)];
  track(startService("next", bin("next"), next, nextEnv));
  await waitForHttp(`http://127.0.0.1:${ports.app}/api/health/live`, 120_000);
  if (plan.standIns.sandbox) await registerSandboxNumbers(databaseUrl, `http://127.0.0.1:${ports.sandbox}`).catch((e) => log(`sandbox: ${String(e)}`));

  log(`pronto: ${env.APP_URL}`);
  if (plan.standIns.sandbox) log(`celular de teste (WhatsApp sandbox): http://127.0.0.1:${ports.sandbox}`);
  if (plan.standIns.ai) log(`assistente de IA: stand-in local em ${env.AI_BASE_URL} (respostas determinísticas, não é um modelo)`);
  if (demoLogins) {
    log("logins de demonstração (senha para todos: comunicador123):");
    for (const login of demoLogins) log(`  ${login.role.padEnd(14)} ${login.email}`);
  }
  log("Ctrl-C encerra tudo.");
}

main().catch((error) => {
  console.error(error instanceof LaunchError ? `\n${error.message}\n` : error);
  void shutdown(1);
});
