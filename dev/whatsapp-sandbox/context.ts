import type { SandboxConfig } from "./config";
import type { RateLimiter } from "./rate-limiter";
import type { StateStore } from "./state-store";
import type { StatusFlow } from "./status-flow";
import type { TemplateReview } from "./template-review";
import type { Timers } from "./timers";
import type { UploadRegistry } from "./graph-upload-routes";
import type { WebhookEmitter } from "./webhook-emitter";

/** Everything a route needs; `config` is mutable through POST /_sandbox/config. */
export type SandboxContext = {
  config: SandboxConfig;
  initialConfig: SandboxConfig;
  store: StateStore;
  emitter: WebhookEmitter;
  timers: Timers;
  statusFlow: StatusFlow;
  templateReview: TemplateReview;
  rateLimiter: RateLimiter;
  /** Resumable-upload sessions and the handles they produced (template header samples). */
  uploads: UploadRegistry;
  /** Base URL for links the sandbox hands out (media URLs). */
  publicUrl: () => string;
};
