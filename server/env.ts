import "server-only";
import { z } from "zod";
import { AI_STAND_IN_FLAG, aiStandInRequested } from "./ai/ai-config";
import { MediaConfigError, mediaStoreConfig } from "./media/media-config";
import { inngestDevMode, inngestDevRequested, isLocalDemo, LOCAL_DEMO_FLAG } from "./runtime-mode";

const isProduction = process.env.NODE_ENV === "production";
const boolean = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const required = (what: string) => z.string({ error: `defina ${what}` }).min(1, `defina ${what}`);

// Base64 or hex encoding of 32 random bytes (AES-256-GCM key for channel credentials).
const encryptionKey = required("CREDENTIALS_ENCRYPTION_KEY (32 bytes em base64: `openssl rand -base64 32`)").refine(
  (value) => decodeKey(value)?.length === 32,
  "CREDENTIALS_ENCRYPTION_KEY deve ter 32 bytes em base64 ou hex (`openssl rand -base64 32`)",
);

export function decodeKey(value: string): Buffer | null {
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, "hex");
  const decoded = Buffer.from(value, "base64");
  return decoded.length === 32 ? decoded : null;
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_URL: z.url({ error: "APP_URL deve ser uma URL, ex.: https://comunicador.exemplo.com.br" }).default("http://localhost:3000"),
  DATABASE_URL: required("DATABASE_URL (postgresql://usuario:senha@host:5432/banco)"),
  AUTH_SECRET: required("AUTH_SECRET (`openssl rand -base64 32`)").refine((v) => v.length >= 32, "AUTH_SECRET precisa de pelo menos 32 caracteres"),
  CREDENTIALS_ENCRYPTION_KEY: encryptionKey,
  META_APP_SECRET: required("META_APP_SECRET (App Secret do app da Meta, usado para verificar webhooks)"),
  // The Meta app's id: templates with a media header upload their sample through it (Resumable Upload API).
  META_APP_ID: z.string().regex(/^\d+$/, "META_APP_ID deve ser o número do app da Meta (App ID, no painel do app)").optional(),
  GRAPH_API_BASE_URL: z.url().default("https://graph.facebook.com"),
  GRAPH_API_VERSION: z.string().regex(/^v\d+\.\d+$/, "GRAPH_API_VERSION deve ser como v24.0").default("v24.0"),
  PUSHER_APP_ID: required("PUSHER_APP_ID"),
  PUSHER_KEY: required("PUSHER_KEY"),
  PUSHER_SECRET: required("PUSHER_SECRET"),
  PUSHER_CLUSTER: z.string().default("mt1"),
  PUSHER_HOST: z.string().optional(),
  PUSHER_PORT: z.coerce.number().int().positive().optional(),
  PUSHER_USE_TLS: boolean.default(isProduction),
  INNGEST_DEV: z.string().optional(),
  INNGEST_BASE_URL: z.url().optional(),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  // The assistant's model endpoint (server/ai): all optional; without AI_BASE_URL the assistant offers retrieval only.
  AI_BASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url({ error: "AI_BASE_URL deve ser uma URL, ex.: https://api.openai.com/v1 ou http://ollama.interno:11434/v1" }).optional(),
  ),
  AI_API_KEY: z.string().optional(),
  AI_MODEL: z.string().optional(),
  AI_TRANSCRIPTION_MODEL: z.string().optional(),
  [AI_STAND_IN_FLAG]: z.enum(["0", "1", "true", "false"], { error: `${AI_STAND_IN_FLAG} deve ser 1 (stand-in de IA local) ou 0` }).optional(),
  COMUNICADOR_LOCAL_DEMO: z.enum(["0", "1", "true", "false"], { error: "COMUNICADOR_LOCAL_DEMO deve ser 1 (demonstração local) ou 0" }).optional(),
  MEDIA_DIR: z.string().default(".data/media"),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(20),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(50),
  ASSISTANT_SUGGESTIONS_PER_MINUTE: z.coerce.number().int().positive().default(20),
  // How many reverse proxies in front append to X-Forwarded-For (server/auth/client-address.ts).
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuração inválida:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  try {
    mediaStoreConfig(source);
  } catch (error) {
    if (!(error instanceof MediaConfigError)) throw error;
    problems.push(error.message);
  }
  problems.push(...aiProblems(source));
  if (source.NODE_ENV === "production") problems.push(...productionProblems(source));
  if (!result.success || problems.length > 0) throw new EnvError(problems);
  return result.data;
}

function aiProblems(source: NodeJS.ProcessEnv): string[] {
  if (!source.AI_BASE_URL?.trim() || source.AI_MODEL?.trim()) return [];
  return ["AI_MODEL: defina AI_MODEL (o modelo de chat do provedor, ex.: gpt-4o-mini), ou remova AI_BASE_URL para desligar o assistente"];
}

// A production server outside the local demo talks only to real services: every one named here.
function productionProblems(source: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const demo = isLocalDemo(source);
  if (!demo && !source.APP_URL) problems.push("APP_URL: defina APP_URL (a URL pública do app, ex.: https://comunicador.exemplo.com.br)");
  if (!demo && inngestDevRequested(source)) {
    problems.push(
      `INNGEST_DEV: só vale na demonstração local (${LOCAL_DEMO_FLAG}=1); em produção /api/inngest aceita apenas chamadas assinadas. Remova INNGEST_DEV`,
    );
  }
  if (!demo && aiStandInRequested(source)) {
    problems.push(
      `${AI_STAND_IN_FLAG}: só vale na demonstração local (${LOCAL_DEMO_FLAG}=1); em produção o assistente fala apenas com um provedor de IA real. Remova ${AI_STAND_IN_FLAG}`,
    );
  }
  if (!inngestDevMode(source)) {
    if (!source.INNGEST_EVENT_KEY) problems.push("INNGEST_EVENT_KEY: defina INNGEST_EVENT_KEY (chave de eventos do Inngest Cloud ou do seu `inngest start`)");
    if (!source.INNGEST_SIGNING_KEY) problems.push("INNGEST_SIGNING_KEY: defina INNGEST_SIGNING_KEY (só chamadas assinadas com ela rodam as funções)");
  }
  return problems;
}

let cached: Env | undefined;

// Parsed on first use so that `next build` does not need production secrets.
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
