import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_CONFIG, type SandboxConfig } from "./config";
import type { SandboxContext } from "./context";
import { createUploadRegistry } from "./graph-upload-routes";
import { addControlRoutes, resetSandbox } from "./control-routes";
import { createGraphRoutes } from "./graph-routes";
import { BodyTooLargeError, sendApiError, sendHtml } from "./http-io";
import { addLeadRoutes } from "./lead-routes";
import { createRateLimiter } from "./rate-limiter";
import { createRouter } from "./router";
import { createPersistence } from "./state-persistence";
import { createStateStore } from "./state-store";
import { createStatusFlow } from "./status-flow";
import { createTemplateReview } from "./template-review";
import { createTimers } from "./timers";
import { createWebhookEmitter } from "./webhook-emitter";

export type SandboxOptions = Partial<SandboxConfig>;

export type RunningSandbox = {
  url: string;
  port: number;
  context: SandboxContext;
  /** Resolves once every webhook emitted so far was delivered or given up. */
  webhooksIdle: () => Promise<void>;
  reset: (options?: { numbers?: boolean }) => void;
  close: () => Promise<void>;
};

const PAGE_HTML = readFileSync(new URL("./phone-page.html", import.meta.url), "utf8");

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const config: SandboxConfig = { ...DEFAULT_CONFIG, ...options };
  const initialConfig = { ...config };
  const timers = createTimers();
  const store = createStateStore({ persistence: createPersistence(config.stateFile, config.log), defaultWabaId: config.defaultWabaId });
  const emitter = createWebhookEmitter({
    timers,
    log: (line) => config.log(line),
    enabled: () => config.webhooks,
    concurrency: () => config.webhookConcurrency,
    retryForMs: () => config.webhookRetryForMs,
  });
  let address = "";
  const context: SandboxContext = {
    config,
    initialConfig,
    store,
    emitter,
    timers,
    statusFlow: createStatusFlow({ config, store, emitter, timers }),
    templateReview: createTemplateReview({ config, store, emitter, timers }),
    rateLimiter: createRateLimiter(),
    uploads: createUploadRegistry(),
    publicUrl: () => config.publicUrl ?? address,
  };

  const handleGraph = createGraphRoutes(context);
  const router = createRouter();
  router.get("/", ({ res }) => sendHtml(res, PAGE_HTML));
  addLeadRoutes(router, context);
  addControlRoutes(router, context);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox.local");
    try {
      if (await handleGraph(req, res, url)) return;
      if (!(await router.handle(req, res, url))) sendApiError(res, 404, `Rota desconhecida: ${req.method} ${url.pathname}`);
    } catch (error) {
      if (res.headersSent) return res.end();
      if (error instanceof BodyTooLargeError) return sendApiError(res, 413, "Corpo da requisição grande demais.");
      config.log(`erro em ${req.method} ${url.pathname}: ${(error as Error).stack ?? error}`);
      sendApiError(res, 500, "Erro interno do sandbox.");
    }
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  address = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;

  return {
    url: address,
    port,
    context,
    webhooksIdle: () => emitter.idle(),
    reset: (resetOptions) => resetSandbox(context, resetOptions?.numbers ?? false),
    close: async () => {
      timers.cancelAll();
      await store.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
