import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

type Handler = (request: Request) => Promise<Response> | Response;
export type RouteModule = Partial<Record<"GET" | "POST" | "PUT", Handler>>;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The app's real Next.js route handlers (they take a standard Request) behind a plain Node server,
 * so the executor and the sandbox can reach them over HTTP without building the app.
 */
export async function startRouteServer(routes: Record<string, RouteModule>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
      const handler = routes[url.pathname]?.[(req.method ?? "GET") as "GET" | "POST" | "PUT"];
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const response = await handler(new Request(url, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
