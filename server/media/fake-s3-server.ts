import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A test stand-in for an S3-compatible service: path-style PUT/GET kept in memory, and every
// request's SigV4 Authorization header re-derived here from the spec's steps. It deliberately
// does not import ./sigv4, so a mistake in the signer cannot be mirrored by the verifier.

export type FakeS3 = {
  endpoint: string;
  objects: Map<string, Buffer>;
  requests: { method: string; path: string; authorization: string }[];
  close: () => Promise<void>;
};

type Credentials = { bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

const uriEncode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function reply(res: ServerResponse, status: number, code?: string, body?: Buffer) {
  if (code) {
    res.writeHead(status, { "content-type": "application/xml" });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    return;
  }
  res.writeHead(status, { "content-type": "application/octet-stream" });
  res.end(body ?? Buffer.alloc(0));
}

/** Returns the S3 error code the request deserves, or null when its signature holds. */
function verify(req: IncomingMessage, body: Buffer, creds: Credentials, now: Date): [number, string] | null {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/,]+)\/(\d{8})\/([^/,]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
    req.headers.authorization ?? "",
  );
  if (!auth) return [400, "AuthorizationHeaderMalformed"];
  const [accessKeyId = "", scopeDate = "", region = "", signedHeaders = "", signature = ""] = auth.slice(1);
  if (accessKeyId !== creds.accessKeyId) return [403, "InvalidAccessKeyId"];
  if (region !== creds.region) return [400, "AuthorizationHeaderMalformed"];

  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  const names = signedHeaders.split(";");
  if (!["host", "x-amz-content-sha256", "x-amz-date"].every((name) => names.includes(name))) return [403, "AccessDenied"];
  if (amzDate.slice(0, 8) !== scopeDate) return [403, "SignatureDoesNotMatch"];
  const sent = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
  if (!(Math.abs(now.getTime() - sent) <= 15 * 60_000)) return [403, "RequestTimeTooSkewed"];
  if (sha256(body) !== payloadHash) return [400, "XAmzContentSHA256Mismatch"];

  // Task 1: canonical request. Like S3, the path is decoded and encoded again per the spec's UriEncode.
  const [rawPath = "", query = ""] = (req.url ?? "").split("?");
  const path = rawPath.split("/").map((segment) => uriEncode(decodeURIComponent(segment))).join("/");
  const canonicalHeaders = names.map((name) => `${name}:${String(req.headers[name] ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
  const canonicalRequest = `${req.method}\n${path}\n${query}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`;
  // Task 2: string to sign. Task 3: signing key and signature.
  const scope = `${scopeDate}/${region}/s3/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256(canonicalRequest)}`;
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, scopeDate), region), "s3"), "aws4_request");
  const expected = createHmac("sha256", key).update(stringToSign).digest();
  return timingSafeEqual(expected, Buffer.from(signature, "hex")) ? null : [403, "SignatureDoesNotMatch"];
}

export async function startFakeS3(creds: Credentials, clock: () => Date = () => new Date()): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const requests: FakeS3["requests"] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    requests.push({ method: req.method ?? "", path: req.url ?? "", authorization: req.headers.authorization ?? "" });

    const failure = verify(req, body, creds, clock());
    if (failure) return reply(res, failure[0], failure[1]);
    const [, bucket = "", ...rest] = (req.url ?? "").split("?")[0]?.split("/") ?? [];
    if (decodeURIComponent(bucket) !== creds.bucket) return reply(res, 404, "NoSuchBucket");
    const key = rest.map(decodeURIComponent).join("/");
    if (req.method === "PUT") {
      objects.set(key, body);
      return reply(res, 200);
    }
    if (req.method === "GET") {
      const object = objects.get(key);
      return object ? reply(res, 200, undefined, object) : reply(res, 404, "NoSuchKey");
    }
    return reply(res, 405, "MethodNotAllowed");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
