import "server-only";
export type S3Config = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export type MediaStoreConfig = { kind: "local" } | { kind: "s3"; s3: S3Config };

const S3_VARS = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

export class MediaConfigError extends Error {}

// Read on every call, like MEDIA_DIR in the local store: cheap, and tests can switch stores.
export function mediaStoreConfig(source: Record<string, string | undefined> = process.env): MediaStoreConfig {
  const kind = source.MEDIA_STORE?.trim() || "local";
  if (kind === "local") return { kind };
  if (kind !== "s3") throw new MediaConfigError(`MEDIA_STORE deve ser "local" ou "s3" (recebido "${kind}")`);

  const missing = S3_VARS.filter((name) => !source[name]?.trim());
  if (missing.length > 0) {
    throw new MediaConfigError(
      `MEDIA_STORE=s3 exige ${missing.join(", ")}: defina ${missing.length > 1 ? "essas variáveis" : "essa variável"} ` +
        "(ex.: S3_ENDPOINT=https://s3.amazonaws.com ou http://127.0.0.1:9000, S3_BUCKET=comunicador-midia)",
    );
  }
  const endpoint = (source.S3_ENDPOINT ?? "").trim().replace(/\/+$/, "");
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(endpoint)) {
    throw new MediaConfigError("S3_ENDPOINT deve ser uma URL http(s) sem query, ex.: https://s3.amazonaws.com ou http://127.0.0.1:9000");
  }
  const bucket = (source.S3_BUCKET ?? "").trim();
  if (/[/\s]/.test(bucket)) throw new MediaConfigError("S3_BUCKET deve ser só o nome do bucket, sem barras nem espaços");
  return {
    kind,
    s3: {
      endpoint,
      bucket,
      region: source.S3_REGION?.trim() || "us-east-1",
      accessKeyId: (source.S3_ACCESS_KEY_ID ?? "").trim(),
      secretAccessKey: source.S3_SECRET_ACCESS_KEY ?? "",
    },
  };
}
