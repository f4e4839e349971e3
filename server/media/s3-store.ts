import type { S3Config } from "./media-config";
import { EMPTY_PAYLOAD_HASH, encodeS3Path, sha256Hex, signSigV4, toAmzDate } from "./sigv4";

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

function objectPath(config: S3Config, key: string): string {
  // The URL parser would resolve "." and ".." segments, so a key holding them could reach another object.
  if (!key || key.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error("Chave de mídia inválida");
  }
  const prefix = new URL(config.endpoint).pathname.replace(/\/+$/, "");
  return `${prefix}/${encodeS3Path(config.bucket)}/${encodeS3Path(key)}`;
}

/** S3's error body is `<Error><Code>NoSuchKey</Code>…`; only the code is kept (the rest may echo the request). */
function errorCode(body: string): string | null {
  return /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1] ?? null;
}

async function send(config: S3Config, method: "GET" | "PUT", key: string, body: Uint8Array | null, now: Date): Promise<Response> {
  const path = objectPath(config, key);
  const url = new URL(path, config.endpoint);
  const payloadHash = body ? sha256Hex(body) : EMPTY_PAYLOAD_HASH;
  const amzDate = toAmzDate(now);
  const headers = { host: url.host, "x-amz-content-sha256": payloadHash, "x-amz-date": amzDate };
  const { authorization } = signSigV4({
    method,
    canonicalUri: path,
    headers,
    payloadHash,
    amzDate,
    region: config.region,
    service: "s3",
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
  });
  // fetch sets Host from the URL itself; it is signed above with the same value.
  const { host: _host, ...sent } = headers;
  const response = await fetch(url, {
    method,
    headers: { ...sent, authorization, ...(body ? { "content-type": "application/octet-stream" } : {}) },
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

export async function putS3Object(config: S3Config, key: string, bytes: Uint8Array, now = new Date()): Promise<void> {
  const response = await send(config, "PUT", key, bytes, now);
  await response.arrayBuffer();
}

export async function getS3Object(config: S3Config, key: string, now = new Date()): Promise<Buffer> {
  const response = await send(config, "GET", key, null, now);
  return Buffer.from(await response.arrayBuffer());
}
