import type { IncomingMessage, ServerResponse } from "node:http";

const MAX_BODY_BYTES = 120 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError("request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON body; undefined when it is empty or not JSON. */
export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Node's own fetch machinery parses multipart bodies; no hand-written parser needed. */
export async function parseMultipart(body: Buffer, contentType: string): Promise<FormData | undefined> {
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return undefined;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

export function sendBytes(res: ServerResponse, bytes: Buffer, contentType: string, filename?: string): void {
  res.writeHead(200, {
    "content-type": contentType,
    "content-length": bytes.length,
    "cache-control": "no-store",
    // An ASCII fallback plus the real name (RFC 6266): headers cannot carry "ç" or "—" as such.
    ...(filename
      ? { "content-disposition": `inline; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}` }
      : {}),
  });
  res.end(bytes);
}

export function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(html),
    "cache-control": "no-store",
  });
  res.end(html);
}

/** Errors of the sandbox's own JSON API (not Graph's shape). */
export function sendApiError(res: ServerResponse, status: number, message: string, issues?: unknown): void {
  sendJson(res, status, { error: message, ...(issues ? { issues } : {}) });
}
