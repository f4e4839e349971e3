import "server-only";
import type { z } from "zod";
import { MetaApiError, MetaNetworkError, metaErrorFromResponse } from "./meta-errors";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type GraphTransport = {
  baseUrl: string;
  apiVersion: string;
  accessToken: string;
  fetch: FetchLike;
  timeoutMs: number;
};

type QueryValue = string | number | boolean | undefined;

export type GraphRequest = {
  method: "GET" | "POST" | "DELETE";
  path: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: FormData;
};

export function graphUrl(transport: GraphTransport, path: string, query?: Record<string, QueryValue>) {
  const url = new URL(`${transport.baseUrl}/${transport.apiVersion}/${path.replace(/^\/+/, "")}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function send(transport: GraphTransport, url: string, init: RequestInit, timeoutMs: number) {
  try {
    return await transport.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const reason = timedOut ? `timed out after ${timeoutMs} ms` : "failed";
    throw new MetaNetworkError(`Graph API request ${reason}: ${init.method ?? "GET"} ${redact(url)}`, {
      cause: error,
      timedOut,
    });
  }
}

// Meta also accepts access_token in the query; never let one reach a log line.
function redact(url: string): string {
  return url.replace(/access_token=[^&]+/, "access_token=***");
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseAnswer<T>(schema: z.ZodType<T>, body: unknown, response: Response, what: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new MetaApiError({
    code: 0,
    title: "Unexpected Graph API answer",
    message: `Graph API answered ${what} with an unexpected body`,
    details: parsed.error.message,
    httpStatus: response.status,
  });
}

export async function graphRequest<T>(
  transport: GraphTransport,
  request: GraphRequest,
  schema: z.ZodType<T>,
): Promise<T> {
  const url = graphUrl(transport, request.path, request.query);
  const headers: Record<string, string> = { authorization: `Bearer ${transport.accessToken}` };
  let body: BodyInit | undefined;
  if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  } else if (request.form) {
    body = request.form;
  }
  const response = await send(transport, url, { method: request.method, headers, body }, transport.timeoutMs);
  const answer = await readJson(response);
  if (!response.ok) throw metaErrorFromResponse(response.status, answer);
  return parseAnswer(schema, answer, response, `${request.method} ${request.path}`);
}

/**
 * GET of a media URL returned by Graph (checked by the caller: isMediaDownloadUrl): same Bearer
 * token, answer is the file's bytes. fetch drops Authorization on a cross-origin redirect (Fetch
 * standard, as Node's undici does), so a redirect cannot carry the token to another host.
 */
export async function graphDownload(transport: GraphTransport, url: string, timeoutMs: number) {
  const headers = { authorization: `Bearer ${transport.accessToken}` };
  const response = await send(transport, url, { method: "GET", headers }, timeoutMs);
  if (!response.ok) throw metaErrorFromResponse(response.status, await readJson(response));
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, contentType: response.headers.get("content-type") ?? undefined };
  } catch (error) {
    throw new MetaNetworkError("Media download was interrupted", { cause: error });
  }
}
