import { z } from "zod";
import { definedOnly, envFlag, envInt, envText, type Env } from "../stand-in-env";

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

export function sandboxConfigFromEnv(env: Env = process.env): Partial<SandboxConfig> {
  const windowErrorMode = envText(env, "SANDBOX_WINDOW_ERROR");
  if (windowErrorMode && windowErrorMode !== "sync" && windowErrorMode !== "webhook") {
    throw new Error(`SANDBOX_WINDOW_ERROR must be "sync" or "webhook"; got "${windowErrorMode}".`);
  }
  const templateReview = envText(env, "SANDBOX_TEMPLATE_REVIEW");
  if (templateReview && templateReview !== "manual" && templateReview !== "auto") {
    throw new Error(`SANDBOX_TEMPLATE_REVIEW must be "manual" or "auto"; got "${templateReview}".`);
  }
  return definedOnly({
    host: envText(env, "SANDBOX_HOST"),
    port: envInt(env, "SANDBOX_PORT"),
    publicUrl: envText(env, "SANDBOX_PUBLIC_URL"),
    webhookUrl: envText(env, "SANDBOX_WEBHOOK_URL"),
    appSecret: envText(env, "META_APP_SECRET"),
    accessToken: envText(env, "SANDBOX_ACCESS_TOKEN"),
    rateLimitMps: envInt(env, "SANDBOX_RATE_LIMIT_MPS"),
    statusDelayMs: envInt(env, "SANDBOX_STATUS_DELAY_MS"),
    templateReview: templateReview as SandboxConfig["templateReview"] | undefined,
    templateReviewDelayMs: envInt(env, "SANDBOX_TEMPLATE_REVIEW_DELAY_MS"),
    rejectMarker: envText(env, "SANDBOX_REJECT_MARKER"),
    stateFile: envText(env, "SANDBOX_STATE_FILE"),
    webhooks: envFlag(env, "SANDBOX_WEBHOOKS"),
    windowMs: envInt(env, "SANDBOX_WINDOW_MS"),
    autoRead: envFlag(env, "SANDBOX_AUTO_READ"),
    windowErrorMode: windowErrorMode as SandboxConfig["windowErrorMode"] | undefined,
    strictTemplates: envFlag(env, "SANDBOX_STRICT_TEMPLATES"),
    webhookBatchMs: envInt(env, "SANDBOX_WEBHOOK_BATCH_MS"),
    webhookConcurrency: envInt(env, "SANDBOX_WEBHOOK_CONCURRENCY"),
    webhookRetryForMs: envInt(env, "SANDBOX_WEBHOOK_RETRY_FOR_MS"),
    defaultWabaId: envText(env, "SANDBOX_DEFAULT_WABA_ID"),
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
