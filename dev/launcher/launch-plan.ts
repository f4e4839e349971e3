// What the launcher runs, decided once from the command and the environment. Two modes, never
// mixed: the local demo (every stand-in, generated secrets, demo data) and production (nothing
// local: the outside services named by the environment, or no start at all).
import { AI_STAND_IN_FLAG } from "../../server/ai/ai-config";
import { DEFAULT_GRAPH_API_BASE_URL } from "../../server/meta/graph-config";
import { LOCAL_DEMO_FLAG } from "../../server/runtime-mode";
import { STAND_IN_MODEL } from "../ai-stand-in/config";

export type Command = "start" | "dev" | "e2e";
export type LaunchMode = "local-demo" | "production";

export type LaunchPlan = {
  command: Command;
  mode: LaunchMode;
  /** e2e: a fresh database per run; embedded: .data/postgres; given: DATABASE_URL. */
  database: "fresh" | "embedded" | "given";
  seedDemoData: boolean;
  standIns: { soketi: boolean; sandbox: boolean; executor: boolean; ai: boolean };
};

export type Ports = { app: number; soketi: number; sandbox: number; inngest: number; ai: number };
export type Available = { sandbox: boolean; executor: boolean; ai: boolean };

type Source = Record<string, string | undefined>;

export class LaunchError extends Error {}

export function parseCommand(arg: string | undefined): Command {
  const command = arg ?? "start";
  if (command === "start" || command === "dev" || command === "e2e") return command;
  throw new LaunchError(`comando desconhecido "${command}": use start, dev ou e2e`);
}

// `npm start` with DATABASE_URL is production, as the README promises; `npm run dev`, the e2e run
// and COMUNICADOR_LOCAL_DEMO=1 are the explicit ways to get the stand-ins on a database of one's own.
export function resolveMode(command: Command, env: Source): LaunchMode {
  if (command !== "start") return "local-demo";
  const flag = env[LOCAL_DEMO_FLAG]?.trim().toLowerCase();
  if (!flag) return env.DATABASE_URL ? "production" : "local-demo";
  if (flag === "1" || flag === "true") return "local-demo";
  if (flag === "0" || flag === "false") return "production";
  throw new LaunchError(`${LOCAL_DEMO_FLAG} deve ser 1 (demonstração local) ou 0 (produção); está "${env[LOCAL_DEMO_FLAG]}"`);
}

export function launchPlan(command: Command, env: Source, available: Available): LaunchPlan {
  const mode = resolveMode(command, env);
  if (mode === "production") {
    return { command, mode, database: "given", seedDemoData: false, standIns: { soketi: false, sandbox: false, executor: false, ai: false } };
  }
  return {
    command,
    mode,
    database: command === "e2e" ? "fresh" : env.DATABASE_URL ? "given" : "embedded",
    seedDemoData: true,
    // A developer may still point the demo at one real service by setting its variables.
    standIns: {
      soketi: !env.PUSHER_APP_ID,
      sandbox: !env.GRAPH_API_BASE_URL && available.sandbox,
      executor: !env.INNGEST_BASE_URL && available.executor,
      ai: !env.AI_BASE_URL && available.ai,
    },
  };
}

export function defaultPorts(command: Command, env: Source): Ports {
  const app = Number(env.PORT ?? (command === "e2e" ? 3100 : 3000));
  // Derived from the app's port so that two instances (dev and e2e) never collide.
  return {
    app,
    soketi: Number(env.SOKETI_PORT ?? app + 3001),
    sandbox: Number(env.SANDBOX_PORT ?? app + 5290),
    inngest: Number(env.INNGEST_LOCAL_PORT ?? app + 5288),
    ai: Number(env.AI_STAND_IN_PORT ?? app + 5291),
  };
}

export const SANDBOX_APP_ID = "100000000000777";

const SECRET_NAMES = ["AUTH_SECRET", "CREDENTIALS_ENCRYPTION_KEY", "META_APP_SECRET", "PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET"] as const;

/** Production passes the operator's settings through untouched: nothing generated, nothing local. */
export function productionEnvironment<E extends Source>(env: E, ports: Ports): E {
  return { ...env, PORT: String(ports.app) };
}

/** The local demo fills every gap with a stand-in or a generated secret; explicit settings win. */
export function demoEnvironment<E extends Source>(
  plan: LaunchPlan,
  env: E,
  local: { databaseUrl: string; ports: Ports; secrets: Record<string, string> },
): E {
  const { ports } = local;
  const explicit = Object.fromEntries(SECRET_NAMES.flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
  return {
    ...env,
    ...local.secrets,
    ...explicit,
    [LOCAL_DEMO_FLAG]: "1",
    DATABASE_URL: local.databaseUrl,
    APP_URL: env.APP_URL ?? `http://localhost:${ports.app}`,
    PORT: String(ports.app),
    ...(plan.standIns.soketi ? { PUSHER_HOST: "127.0.0.1", PUSHER_PORT: String(ports.soketi), PUSHER_USE_TLS: "false" } : {}),
    // The sandbox takes any app id for its resumable uploads (template header samples).
    ...(plan.standIns.sandbox ? { GRAPH_API_BASE_URL: `http://127.0.0.1:${ports.sandbox}`, META_APP_ID: env.META_APP_ID ?? SANDBOX_APP_ID } : {}),
    ...(env.INNGEST_BASE_URL ? {} : { INNGEST_DEV: "1", INNGEST_BASE_URL: `http://127.0.0.1:${ports.inngest}` }),
    ...(plan.standIns.ai ? aiStandInEnvironment(ports.ai, local.secrets.AI_STAND_IN_API_KEY) : {}),
  };
}

/** The app's AI settings when the stand-in answers: its URL, its model for chat and speech, and the flag the UI reads. */
export function aiStandInEnvironment(port: number, apiKey: string | undefined): Record<string, string> {
  return {
    AI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    AI_MODEL: STAND_IN_MODEL,
    AI_TRANSCRIPTION_MODEL: STAND_IN_MODEL,
    ...(apiKey ? { AI_API_KEY: apiKey } : {}),
    [AI_STAND_IN_FLAG]: "1",
  };
}

// Where the assistant's model is, without what could carry a credential (the path, a user:password@).
function describeAi(env: Source): string {
  if (!env.AI_BASE_URL) return "IA desligada (sem AI_BASE_URL)";
  try {
    return `IA ${new URL(env.AI_BASE_URL).host}${env.AI_MODEL ? ` (${env.AI_MODEL})` : ""}`;
  } catch {
    return "IA com AI_BASE_URL inválida";
  }
}

/** The start-up line that says which mode this is and what it talks to. */
export function describeMode(plan: LaunchPlan, env: Source): string {
  if (plan.mode === "production") {
    const graph = env.GRAPH_API_BASE_URL || DEFAULT_GRAPH_API_BASE_URL;
    const inngest = env.INNGEST_BASE_URL || "Inngest Cloud";
    const pusher = env.PUSHER_HOST ? `${env.PUSHER_HOST}${env.PUSHER_PORT ? `:${env.PUSHER_PORT}` : ""}` : "Pusher Channels";
    return `modo: PRODUÇÃO (nenhum serviço local; sem dados de demonstração) — Graph ${graph}; Inngest ${inngest}, chamadas assinadas; Pusher ${pusher}; ${describeAi(env)}`;
  }
  const standIns = [
    plan.database === "embedded" ? "PostgreSQL embutido" : plan.database === "fresh" ? "banco novo para os testes" : "seu PostgreSQL",
    plan.standIns.soketi && "Soketi",
    plan.standIns.sandbox && "sandbox do WhatsApp",
    plan.standIns.executor && "executor Inngest local",
    plan.standIns.ai && "stand-in de IA",
  ].filter(Boolean);
  return `modo: DEMONSTRAÇÃO LOCAL (${standIns.join(", ")}; segredos gerados em .data/; dados de demonstração) — não use em produção`;
}
