import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeS3, type FakeS3 } from "./fake-s3-server";
import { getMedia, putMedia } from "./local-store";
import { encodeS3Path, sha256Hex, signSigV4, toAmzDate } from "./sigv4";

const creds = { bucket: "comunicador-midia", region: "sa-east-1", accessKeyId: "AKIATESTKEY", secretAccessKey: "test/secret+KEY" };
const S3_ENV = ["MEDIA_STORE", "S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

let s3: FakeS3;
const saved: Partial<Record<(typeof S3_ENV)[number], string>> = {};

beforeAll(async () => {
  s3 = await startFakeS3(creds);
});
afterAll(() => s3.close());

beforeEach(() => {
  for (const name of S3_ENV) saved[name] = process.env[name];
  Object.assign(process.env, {
    MEDIA_STORE: "s3",
    S3_ENDPOINT: `${s3.endpoint}/`,
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
  it("round-trips bytes through a SigV4-verifying S3 service, path-style", async () => {
    const key = `outbound/conv-1/${randomBytes(4).toString("hex")}-planta baixa (1)+é.pdf`;
    const bytes = randomBytes(4096);
    await putMedia(key, bytes);

    expect(s3.objects.get(key)?.equals(bytes)).toBe(true);
    const put = s3.requests.at(-1);
    expect(put?.method).toBe("PUT");
    expect(put?.path).toBe(`/${creds.bucket}/${encodeS3Path(key)}`);
    expect(put?.authorization).toMatch(/Credential=AKIATESTKEY\/\d{8}\/sa-east-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, /);

    expect((await getMedia(key)).equals(bytes)).toBe(true);
    expect(s3.requests.at(-1)?.method).toBe("GET");
  });

  it("surfaces a missing object as a 404 NoSuchKey error", async () => {
    await expect(getMedia("messages/none/none")).rejects.toThrow(/HTTP 404 \(NoSuchKey\)/);
  });

  it("is refused with 403 SignatureDoesNotMatch under a wrong secret, without echoing the secret", async () => {
    process.env.S3_SECRET_ACCESS_KEY = "wrong-secret-value";
    const error = await putMedia("developments/d1/x.png", Buffer.from("png")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toMatch(/HTTP 403 \(SignatureDoesNotMatch\)/);
    expect(String((error as Error).message)).not.toContain("wrong-secret-value");
    expect(s3.objects.has("developments/d1/x.png")).toBe(false);
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

describe("the fake S3's verifier is not a pass-through", () => {
  async function sendSigned(body: Buffer, signedBody: Buffer, secret = creds.secretAccessKey) {
    const url = new URL(`/${creds.bucket}/tamper/object`, s3.endpoint);
    const amzDate = toAmzDate(new Date());
    const payloadHash = sha256Hex(signedBody);
    const headers = { host: url.host, "x-amz-date": amzDate, "x-amz-content-sha256": payloadHash };
    const { authorization } = signSigV4({ ...creds, secretAccessKey: secret, method: "PUT", canonicalUri: url.pathname, headers, payloadHash, amzDate, service: "s3" });
    const response = await fetch(url, { method: "PUT", headers: { "x-amz-date": amzDate, "x-amz-content-sha256": payloadHash, authorization }, body: new Uint8Array(body) });
    return { status: response.status, text: await response.text() };
  }

  it("accepts an untouched signed request", async () => {
    expect((await sendSigned(Buffer.from("original"), Buffer.from("original"))).status).toBe(200);
  });

  it("rejects a body that no longer matches x-amz-content-sha256", async () => {
    const { status, text } = await sendSigned(Buffer.from("tampered"), Buffer.from("original"));
    expect(status).toBe(400);
    expect(text).toContain("XAmzContentSHA256Mismatch");
  });

  it("rejects a body whose hash header was changed to match, because the signature covers it", async () => {
    const url = new URL(`/${creds.bucket}/tamper/object`, s3.endpoint);
    const amzDate = toAmzDate(new Date());
    const original = sha256Hex("original");
    const headers = { host: url.host, "x-amz-date": amzDate, "x-amz-content-sha256": original };
    const { authorization } = signSigV4({ ...creds, method: "PUT", canonicalUri: url.pathname, headers, payloadHash: original, amzDate, service: "s3" });
    const response = await fetch(url, { method: "PUT", headers: { "x-amz-date": amzDate, "x-amz-content-sha256": sha256Hex("tampered"), authorization }, body: "tampered" });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("SignatureDoesNotMatch");
  });

  it("rejects a request signed with another secret", async () => {
    const { status, text } = await sendSigned(Buffer.from("x"), Buffer.from("x"), "not-the-secret");
    expect(status).toBe(403);
    expect(text).toContain("SignatureDoesNotMatch");
  });
});
