import "server-only";
import http from "node:http";
import https from "node:https";
import type { FetchLike } from "./graph-request";

// Sends are JSON POSTs to one host, hundreds a second in a campaign. Through fetch (undici) they
// took ~7 % of the app's CPU profile in the sends bench (more than the database work of a send);
// node:http on kept-alive sockets does the same for a fraction. Anything else (uploads, downloads that may redirect) keeps
// fetch and its semantics.
const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };

function postJson(input: string, init: RequestInit & { body: string }): Promise<Response> {
  const url = new URL(input);
  const protocol = url.protocol === "https:" ? https : http;
  const signal = init.signal ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const headers = { ...(init.headers as Record<string, string>), "content-length": String(Buffer.byteLength(init.body)) };
    const request = protocol.request(url, { method: init.method ?? "POST", headers, agent: agents[url.protocol as keyof typeof agents] }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("error", reject);
      answer.on("end", () => {
        signal?.removeEventListener("abort", onAbort);
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(answer.headers)) if (typeof value === "string") responseHeaders.set(name, value);
        const status = answer.statusCode ?? 500;
        // A null-body status cannot carry a body in a Response.
        const body = status === 204 || status === 304 ? null : Buffer.concat(chunks).toString("utf8");
        resolve(new Response(body, { status, headers: responseHeaders }));
      });
    });
    const onAbort = () => request.destroy(signal?.reason instanceof Error ? signal.reason : new Error("aborted"));
    signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(signal?.aborted ? signal.reason : error);
    });
    request.end(init.body);
  });
}

/** fetch for Graph: JSON bodies over node:http with kept-alive sockets, everything else through fetch. */
export const graphFetch: FetchLike = (input, init) =>
  typeof init?.body === "string" && (init.method === "POST" || init.method === "DELETE")
    ? postJson(input, init as RequestInit & { body: string })
    : fetch(input, init);
