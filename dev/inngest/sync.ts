import { requestSync } from "./app-client";
import type { Clock } from "./clock";
import { type Logger, errorMessage } from "./logger";
import { RegistrationError, parseRegistration } from "./registration";
import type { Pool } from "./store/db";
import { saveApp } from "./store/functions";

export type SyncResult =
  | { ok: true; appId: string; functions: string[] }
  | { ok: false; status: number; error: string; retriable?: boolean };

export type Syncer = {
  /** Validates and stores a registration (in-band answer or out-of-band POST /fn/register). */
  register(body: unknown): Promise<SyncResult>;
  /** Asks the app at `url` (its serve endpoint) for its registration, once. */
  sync(url: string): Promise<SyncResult>;
  /**
   * Keeps asking in the background until the app answers (e.g. while `next dev` starts), then
   * every `resyncMs` so that edited functions are picked up, as the dev server does.
   */
  keepSynced(url: string, resyncMs: number): void;
  stop(): void;
};

export function createSyncer(deps: { pool: Pool; clock: Clock; logger: Logger; onSynced: () => void }): Syncer {
  const abort = new AbortController();
  let lastRegistration: SyncResult | undefined;
  // A periodic re-sync would repeat the same refusal every few seconds; log each one once.
  let lastRefusal = "";

  const register = async (body: unknown): Promise<SyncResult> => {
    lastRegistration = await registerOnce(body);
    return lastRegistration;
  };

  const registerOnce = async (body: unknown): Promise<SyncResult> => {
    try {
      const app = parseRegistration(body);
      const changed = await saveApp(deps.pool, app, deps.clock.now());
      deps.onSynced();
      const functions = app.functions.map((fn) => fn.id);
      lastRefusal = "";
      if (changed) deps.logger.info(`synced app "${app.appId}" (${app.url}): ${functions.join(", ") || "no functions"}`);
      return { ok: true, appId: app.appId, functions };
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      if (error.message !== lastRefusal) deps.logger.error(error.message);
      lastRefusal = error.message;
      return { ok: false, status: 400, error: error.message };
    }
  };

  const sync = async (url: string): Promise<SyncResult> => {
    const response = await requestSync(url, abort.signal);
    if (response.kind === "in_band") return register(response.body);
    if (response.kind === "out_of_band") {
      // The app already posted its registration to /fn/register before answering our PUT.
      if (response.status < 300 && lastRegistration) return lastRegistration;
      const message = messageOf(response.body) ?? `the app answered ${response.status}`;
      return { ok: false, status: response.status, error: message };
    }
    const retriable = response.status === undefined || response.status >= 500 || response.status === 404;
    return { ok: false, status: response.status ?? 502, error: `sync of ${url} failed: ${response.message}`, retriable };
  };

  const keepSynced = (url: string, resyncMs: number) => {
    void (async () => {
      let answered = false;
      let lastProblem = "";
      for (let attempt = 0; !abort.signal.aborted; attempt++) {
        let problem = "";
        try {
          const result = await sync(url);
          answered ||= result.ok || !result.retriable;
          if (!result.ok) problem = answered ? result.error : `waiting for the app at ${url} (${result.error})`;
        } catch (error) {
          if (abort.signal.aborted) return;
          problem = `sync of ${url} failed: ${errorMessage(error)}`;
        }
        // Registration refusals are logged by register(); other problems once each.
        if (problem && problem !== lastProblem && problem !== lastRefusal) {
          deps.logger[answered ? "error" : "info"](problem);
        }
        lastProblem = problem;
        if (answered && resyncMs <= 0) return;
        await pause(answered ? resyncMs : Math.min(500 * 2 ** attempt, 5_000), abort.signal);
      }
    })();
  };

  return { register, sync, keepSynced, stop: () => abort.abort() };
}

function messageOf(body: unknown): string | undefined {
  return typeof body === "object" && body !== null && "message" in body && typeof body.message === "string" ? body.message : undefined;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
