import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getMedia, putMedia } from "./local-store";

// s3rver: an S3-compatible server (path-style buckets, S3's XML errors). Its only account is
// S3RVER/S3RVER; it checks the access key but does not recompute SigV4 signatures.
const creds = { bucket: "comunicador-midia", region: "sa-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const S3_ENV = ["MEDIA_STORE", "S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

let directory: string;
let server: Server;
let endpoint: string;
const requests: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[] = [];
const saved: Partial<Record<(typeof S3_ENV)[number], string>> = {};

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const s3rver = new S3rver({ silent: true, directory, configureBuckets: [{ name: creds.bucket, configs: [] }] });
  await s3rver.configureBuckets();
  const handle = s3rver.callback();
  server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(directory, { recursive: true, force: true });
});

beforeEach(() => {
  for (const name of S3_ENV) saved[name] = process.env[name];
  Object.assign(process.env, {
    MEDIA_STORE: "s3",
    S3_ENDPOINT: `${endpoint}/`,
    S3_BUCKET: creds.bucket,
    S3_REGION: creds.region,
    S3_ACCESS_KEY_ID: creds.accessKeyId,
    S3_SECRET_ACCESS_KEY: creds.secretAccessKey,
  });
});
afterEach(() => {
  for (const name of S3_ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("putMedia/getMedia with MEDIA_STORE=s3", () => {
  it("round-trips bytes through an S3 server, path-style, with a SigV4 header over the payload's hash", async () => {
    const id = randomBytes(4).toString("hex");
    const key = `outbound/conv-1/${id}-planta baixa (1)+é.pdf`;
    const bytes = randomBytes(4096);
    await putMedia(key, bytes);

    const put = requests.at(-1);
    expect(put?.method).toBe("PUT");
    expect(put?.url).toBe(`/${creds.bucket}/outbound/conv-1/${id}-planta%20baixa%20%281%29%2B%C3%A9.pdf`);
    expect(put?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=S3RVER\/\d{8}\/sa-east-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(put?.headers["x-amz-content-sha256"]).toBe(createHash("sha256").update(bytes).digest("hex"));

    expect((await getMedia(key)).equals(bytes)).toBe(true);
    expect(requests.at(-1)?.method).toBe("GET");
  });

  it("surfaces a missing object as a 404 NoSuchKey error", async () => {
    await expect(getMedia("messages/none/none")).rejects.toThrow(/HTTP 404 \(NoSuchKey\)/);
  });

  it("is refused with 403 under an unknown access key, without echoing the secret", async () => {
    process.env.S3_ACCESS_KEY_ID = "AKIAUNKNOWN";
    process.env.S3_SECRET_ACCESS_KEY = "wrong-secret-value";
    const error = await putMedia("developments/d1/x.png", Buffer.from("png")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toMatch(/HTTP 403 \(InvalidAccessKeyId\)/);
    expect(String((error as Error).message)).not.toContain("wrong-secret-value");

    process.env.S3_ACCESS_KEY_ID = creds.accessKeyId;
    process.env.S3_SECRET_ACCESS_KEY = creds.secretAccessKey;
    await expect(getMedia("developments/d1/x.png")).rejects.toThrow(/HTTP 404 \(NoSuchKey\)/);
  });

  it("names what to set when MEDIA_STORE=s3 lacks configuration", async () => {
    delete process.env.S3_BUCKET;
    delete process.env.S3_SECRET_ACCESS_KEY;
    await expect(putMedia("a/b", Buffer.from("x"))).rejects.toThrow(/MEDIA_STORE=s3 exige S3_BUCKET, S3_SECRET_ACCESS_KEY: defina/);
  });

  it("rejects keys with dot segments instead of letting the URL parser rewrite them", async () => {
    await expect(putMedia("a/../b", Buffer.from("x"))).rejects.toThrow("Chave de mídia inválida");
  });
});
