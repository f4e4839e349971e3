import { z } from "zod";

export type SandboxConfig = {
  host: string;
  port: number;
  /** Base of the media URLs handed to the app; defaults to the address the sandbox listens on. */
  publicUrl?: string;
  webhookUrl?: string;
  appSecret: string;
  accessToken: string;
  rateLimitMps: number;
  statusDelayMs: number;
  /** "manual": templates wait for a person on the phone page's Meta review panel; "auto": decided after the delay. */
  templateReview: "manual" | "auto";
  templateReviewDelayMs: number;
  /** In "auto" review, a template text containing it is REJECTED. */
  rejectMarker: string;
  stateFile?: string;
  webhooks: boolean;
  windowMs: number;
  autoRead: boolean;
  /** "sync": 131047 answers the send request; "webhook": accepted, then a failed status (as Meta does). */
  windowErrorMode: "sync" | "webhook";
  /** Refuse templates the sandbox has never seen (132001) instead of rendering them as-is. */
  strictTemplates: boolean;
  /** >0 groups status updates of one number into one webhook per interval, as Meta sometimes does. */
  webhookBatchMs: number;
  webhookConcurrency: number;
  webhookRetryForMs: number;
  defaultWabaId: string;
  log: (line: string) => void;
};

export const DEFAULT_CONFIG: SandboxConfig = {
  host: "127.0.0.1",
  port: 8290,
  appSecret: "sandbox-app-secret",
  accessToken: "sandbox-access-token",
  rateLimitMps: 80,
  statusDelayMs: 800,
  templateReview: "manual",
  templateReviewDelayMs: 3000,
  rejectMarker: "REPROVAR",
  webhooks: true,
  windowMs: 24 * 60 * 60 * 1000,
  autoRead: true,
  windowErrorMode: "sync",
  strictTemplates: false,
  webhookBatchMs: 0,
  webhookConcurrency: 16,
  webhookRetryForMs: 10 * 60 * 1000,
  defaultWabaId: "100000000000001",
  log: (line) => console.log(`[whatsapp-sandbox] ${line}`),
};

type Env = Record<string, string | undefined>;

function int(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer; got "${raw}".`);
  return value;
}

function flag(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return undefined;
  if (["on", "true", "1", "yes"].includes(raw)) return true;
  if (["off", "false", "0", "no"].includes(raw)) return false;
  throw new Error(`${name} must be "on" or "off"; got "${raw}".`);
}

function text(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

export function sandboxConfigFromEnv(env: Env = process.env): Partial<SandboxConfig> {
  const windowErrorMode = text(env, "SANDBOX_WINDOW_ERROR");
  if (windowErrorMode && windowErrorMode !== "sync" && windowErrorMode !== "webhook") {
    throw new Error(`SANDBOX_WINDOW_ERROR must be "sync" or "webhook"; got "${windowErrorMode}".`);
  }
  const templateReview = text(env, "SANDBOX_TEMPLATE_REVIEW");
  if (templateReview && templateReview !== "manual" && templateReview !== "auto") {
    throw new Error(`SANDBOX_TEMPLATE_REVIEW must be "manual" or "auto"; got "${templateReview}".`);
  }
  return defined({
    host: text(env, "SANDBOX_HOST"),
    port: int(env, "SANDBOX_PORT"),
    publicUrl: text(env, "SANDBOX_PUBLIC_URL"),
    webhookUrl: text(env, "SANDBOX_WEBHOOK_URL"),
    appSecret: text(env, "META_APP_SECRET"),
    accessToken: text(env, "SANDBOX_ACCESS_TOKEN"),
    rateLimitMps: int(env, "SANDBOX_RATE_LIMIT_MPS"),
    statusDelayMs: int(env, "SANDBOX_STATUS_DELAY_MS"),
    templateReview: templateReview as SandboxConfig["templateReview"] | undefined,
    templateReviewDelayMs: int(env, "SANDBOX_TEMPLATE_REVIEW_DELAY_MS"),
    rejectMarker: text(env, "SANDBOX_REJECT_MARKER"),
    stateFile: text(env, "SANDBOX_STATE_FILE"),
    webhooks: flag(env, "SANDBOX_WEBHOOKS"),
    windowMs: int(env, "SANDBOX_WINDOW_MS"),
    autoRead: flag(env, "SANDBOX_AUTO_READ"),
    windowErrorMode: windowErrorMode as SandboxConfig["windowErrorMode"] | undefined,
    strictTemplates: flag(env, "SANDBOX_STRICT_TEMPLATES"),
    webhookBatchMs: int(env, "SANDBOX_WEBHOOK_BATCH_MS"),
    webhookConcurrency: int(env, "SANDBOX_WEBHOOK_CONCURRENCY"),
    webhookRetryForMs: int(env, "SANDBOX_WEBHOOK_RETRY_FOR_MS"),
    defaultWabaId: text(env, "SANDBOX_DEFAULT_WABA_ID"),
  });
}

/** What `POST /_sandbox/config` may change while running. */
export const runtimeConfigSchema = z
  .object({
    rateLimitMps: z.number().int().min(1),
    statusDelayMs: z.number().int().min(0),
    templateReview: z.enum(["manual", "auto"]),
    templateReviewDelayMs: z.number().int().min(0),
    rejectMarker: z.string().min(1),
    webhooks: z.boolean(),
    webhookUrl: z.string().url(),
    windowMs: z.number().int().min(0),
    autoRead: z.boolean(),
    windowErrorMode: z.enum(["sync", "webhook"]),
    strictTemplates: z.boolean(),
    webhookBatchMs: z.number().int().min(0),
  })
  .partial()
  .strict();

export function publicConfig(config: SandboxConfig) {
  const { appSecret: _secret, accessToken: _token, log: _log, ...rest } = config;
  return rest;
}
