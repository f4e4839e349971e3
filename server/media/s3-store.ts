import "server-only";
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import type { S3Config } from "./media-config";

// Path-style object URLs ({endpoint}/{bucket}/{key}) work on AWS S3, MinIO and Cloudflare R2 alike.
const REQUEST_TIMEOUT_MS = 60_000;

export class S3Error extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** Every byte but A-Z a-z 0-9 - _ . ~ as %XX, "/" kept: the URL and the signature then agree on the path. */
function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

function objectUrl(config: S3Config, key: string): URL {
  // The URL parser would resolve "." and ".." segments, so a key holding them could reach another object.
  if (!key || key.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error("Chave de mídia inválida");
  }
  const prefix = new URL(config.endpoint).pathname.replace(/\/+$/, "");
  return new URL(`${prefix}/${encodePath(config.bucket)}/${encodePath(key)}`, config.endpoint);
}

/** S3's error body is `<Error><Code>NoSuchKey</Code>…`; only the code is kept (the rest may echo the request). */
function errorCode(body: string): string | null {
  return /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1] ?? null;
}

async function send(config: S3Config, method: "GET" | "PUT", key: string, body: Uint8Array | null): Promise<Response> {
  const url = objectUrl(config, key);
  // One attempt per call, as callers expect: aws4fetch would otherwise retry a 5xx up to ten times.
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: "s3", retries: 0 });
  const response = await client.fetch(url, {
    method,
    headers: {
      // The payload's hash is signed (aws4fetch would send UNSIGNED-PAYLOAD), so S3 rejects a body altered on the way.
      "x-amz-content-sha256": createHash("sha256").update(body ?? new Uint8Array()).digest("hex"),
      ...(body ? { "content-type": "application/octet-stream" } : {}),
    },
    // Copied into an ArrayBuffer-backed view: fetch's types refuse a view that may sit on a SharedArrayBuffer.
    body: body ? new Uint8Array(body) : undefined,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) {
    const code = errorCode(await response.text().catch(() => ""));
    const action = method === "PUT" ? "gravar" : "ler";
    throw new S3Error(`Armazenamento S3 recusou ${action} a mídia "${key}": HTTP ${response.status}${code ? ` (${code})` : ""}`, response.status, code);
  }
  return response;
}

export async function putS3Object(config: S3Config, key: string, bytes: Uint8Array): Promise<void> {
  const response = await send(config, "PUT", key, bytes);
  await response.arrayBuffer();
}

export async function getS3Object(config: S3Config, key: string): Promise<Buffer> {
  const response = await send(config, "GET", key, null);
  return Buffer.from(await response.arrayBuffer());
}
