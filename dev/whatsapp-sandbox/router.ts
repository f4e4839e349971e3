import type { IncomingMessage, ServerResponse } from "node:http";
import { parseJson, readBody } from "./http-io";

export type RouteContext = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  body: () => Promise<Buffer>;
  json: () => Promise<unknown>;
};

export type RouteHandler = (context: RouteContext) => void | Promise<void>;

type Route = { method: string; pattern: RegExp; keys: string[]; handler: RouteHandler };

function compile(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = path
    .split("/")
    .map((segment) => {
      if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      keys.push(segment.slice(1));
      return "([^/]+)";
    })
    .join("/");
  return { pattern: new RegExp(`^${source}/?$`), keys };
}

export function createRouter() {
  const routes: Route[] = [];

  function add(method: string, path: string, handler: RouteHandler) {
    routes.push({ method, handler, ...compile(path) });
  }

  /** Runs the matching route; false when none matched (the caller answers 404). */
  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, path = url.pathname) {
    for (const route of routes) {
      if (route.method !== req.method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params = Object.fromEntries(route.keys.map((key, index) => [key, decodeURIComponent(match[index + 1] ?? "")]));
      let cached: Promise<Buffer> | undefined;
      const body = () => (cached ??= readBody(req));
      await route.handler({ req, res, url, params, body, json: async () => parseJson(await body()) });
      return true;
    }
    return false;
  }

  return {
    get: (path: string, handler: RouteHandler) => add("GET", path, handler),
    post: (path: string, handler: RouteHandler) => add("POST", path, handler),
    put: (path: string, handler: RouteHandler) => add("PUT", path, handler),
    patch: (path: string, handler: RouteHandler) => add("PATCH", path, handler),
    delete: (path: string, handler: RouteHandler) => add("DELETE", path, handler),
    handle,
  };
}

export type Router = ReturnType<typeof createRouter>;
