import { describe, expect, it } from "vitest";
import { mediaStoreConfig } from "./media-config";

const s3Env = {
  MEDIA_STORE: "s3",
  S3_ENDPOINT: "http://127.0.0.1:9000/",
  S3_BUCKET: "midia",
  S3_ACCESS_KEY_ID: "minio",
  S3_SECRET_ACCESS_KEY: "minio-secret",
};

describe("mediaStoreConfig", () => {
  it("defaults to the local store", () => {
    expect(mediaStoreConfig({})).toEqual({ kind: "local" });
    expect(mediaStoreConfig({ MEDIA_STORE: "local", S3_BUCKET: "ignored" })).toEqual({ kind: "local" });
  });

  it("reads the S3 settings, region us-east-1 by default, endpoint without trailing slash", () => {
    expect(mediaStoreConfig(s3Env)).toEqual({
      kind: "s3",
      s3: { endpoint: "http://127.0.0.1:9000", bucket: "midia", region: "us-east-1", accessKeyId: "minio", secretAccessKey: "minio-secret" },
    });
    const aws = mediaStoreConfig({ ...s3Env, S3_ENDPOINT: "https://s3.amazonaws.com", S3_REGION: "sa-east-1" });
    expect(aws.kind === "s3" && aws.s3.region).toBe("sa-east-1");
  });

  it("names every missing variable in pt-BR", () => {
    expect(() => mediaStoreConfig({ MEDIA_STORE: "s3", S3_BUCKET: "midia" })).toThrow(
      /MEDIA_STORE=s3 exige S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: defina essas variáveis/,
    );
    expect(() => mediaStoreConfig({ ...s3Env, S3_ACCESS_KEY_ID: " " })).toThrow(/exige S3_ACCESS_KEY_ID: defina essa variável/);
  });

  it("refuses an unknown store, a non-http endpoint and a bucket with a slash", () => {
    expect(() => mediaStoreConfig({ MEDIA_STORE: "gcs" })).toThrow('MEDIA_STORE deve ser "local" ou "s3"');
    expect(() => mediaStoreConfig({ ...s3Env, S3_ENDPOINT: "s3.amazonaws.com" })).toThrow(/S3_ENDPOINT deve ser uma URL http\(s\)/);
    expect(() => mediaStoreConfig({ ...s3Env, S3_BUCKET: "a/b" })).toThrow(/S3_BUCKET deve ser só o nome do bucket/);
  });

  it("never puts the secret in an error", () => {
    expect(() => mediaStoreConfig({ ...s3Env, S3_ENDPOINT: "ftp://x", S3_SECRET_ACCESS_KEY: "very-secret" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("very-secret") }),
    );
  });
});
