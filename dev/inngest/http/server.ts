import http from "node:http";
import type { Clock } from "../clock";
import { type Logger, errorMessage } from "../logger";
import type { Scheduler } from "../scheduler";
import type { Pool } from "../store/db";
import { insertEvents, listRecentEvents } from "../store/events";
import { listApps, listFunctions } from "../store/functions";
import { getRunDetail, listRuns } from "../store/inspection";
import type { Syncer } from "../sync";
import { renderRunsPage } from "./runs-page";

export type HttpDeps = {
  pool: Pool;
  clock: Clock;
  /** Only then is POST /v0/clock/advance served. */
  exposeClock: boolean;
  syncer: Syncer;
  scheduler: Scheduler;
  appUrl?: string;
  logger: Logger;
};

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const maxBodyBytes = 10 * 1024 * 1024;

export function createHttpServer(deps: HttpDeps): http.Server {
  return http.createServer((req, res) => {
    route(deps, req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) deps.logger.error(`${req.method} ${req.url}: ${errorMessage(error)}`);
      sendJson(res, status, { error: errorMessage(error), status });
    });
  });
}

async function route(deps: HttpDeps, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://executor");
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const method = req.method ?? "GET";

  if (method === "GET" && path === "/") {
    const [runs, functions] = await Promise.all([listRuns(deps.pool, { limit: 50 }), listFunctions(deps.pool)]);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(renderRunsPage(runs, functions, deps.clock.now()));
  } else if (method === "POST" && /^\/e\/[^/]+$/.test(path)) {
    const body = await readJson(req);
    const events: unknown[] = Array.isArray(body) ? body : [body];
    if (!events.every((event) => isRecord(event) && typeof event.name === "string" && event.name !== "")) {
      throw new HttpError(400, "every event needs a non-empty string `name`");
    }
    const ids = await insertEvents(deps.pool, events.filter(isRecord), deps.clock.now());
    deps.scheduler.wake();
    sendJson(res, 200, { ids, status: 200 });
  } else if ((method === "POST" || method === "PUT") && path === "/fn/register") {
    const result = await deps.syncer.register(await readJson(req));
    if (result.ok) sendJson(res, 200, { ok: true, modified: true, functions: result.functions });
    else sendJson(res, result.status, { status: result.status, error: result.error });
  } else if (method === "POST" && path === "/v0/sync") {
    const body = await readJson(req, true);
    const requested = isRecord(body) && typeof body.url === "string" ? [body.url] : undefined;
    const urls = requested ?? [...new Set([...(deps.appUrl ? [deps.appUrl] : []), ...(await listApps(deps.pool)).map((app) => app.url)])];
    if (urls.length === 0) throw new HttpError(400, "no app to sync: pass {\"url\": \"http://127.0.0.1:3000/api/inngest\"}");
    const results = await Promise.all(urls.map((appUrl) => deps.syncer.sync(appUrl)));
    sendJson(res, results.every((r) => r.ok) ? 200 : results.find((r) => !r.ok)!.status, { results });
  } else if (method === "GET" && path === "/v0/events") {
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const events = await listRecentEvents(deps.pool, url.searchParams.get("name") ?? undefined, Number.isFinite(limit) ? limit : 100);
    sendJson(res, 200, { events });
  } else if (method === "GET" && path === "/v0/functions") {
    sendJson(res, 200, { functions: await listFunctions(deps.pool) });
  } else if (method === "GET" && path === "/v0/runs") {
    const filter = { fn: url.searchParams.get("fn") ?? undefined, status: url.searchParams.get("status") ?? undefined };
    const limit = Number(url.searchParams.get("limit") ?? 100);
    try {
      sendJson(res, 200, { runs: await listRuns(deps.pool, { ...filter, limit: Number.isFinite(limit) ? limit : 100 }) });
    } catch (error) {
      throw new HttpError(400, errorMessage(error));
    }
  } else if (method === "GET" && path.startsWith("/v0/runs/")) {
    const run = await getRunDetail(deps.pool, decodeURIComponent(path.slice("/v0/runs/".length)));
    if (!run) throw new HttpError(404, "run not found");
    sendJson(res, 200, run);
  } else if (method === "POST" && path === "/v0/clock/advance" && deps.exposeClock) {
    const body = await readJson(req);
    const ms = isRecord(body) ? Number(body.ms) : NaN;
    if (!Number.isFinite(ms) || ms < 0) throw new HttpError(400, "expected {\"ms\": <non-negative number>}");
    const now = deps.clock.advance(ms);
    deps.scheduler.wake();
    sendJson(res, 200, { now, iso: new Date(now).toISOString() });
  } else {
    throw new HttpError(404, `no route for ${method} ${path}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function readJson(req: http.IncomingMessage, optional = false): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new HttpError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "" && optional) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "body is not valid JSON");
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
