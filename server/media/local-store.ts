import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { mediaStoreConfig } from "./media-config";
import { getS3Object, putS3Object } from "./s3-store";

// Files live under MEDIA_DIR (default .data/media) by opaque keys, or in an S3-compatible bucket
// when MEDIA_STORE=s3; callers only see these two functions.
function root(): string {
  return path.resolve(process.env.MEDIA_DIR ?? path.join(".data", "media"));
}

function resolveKey(key: string): string {
  const full = path.resolve(root(), key);
  if (!full.startsWith(root() + path.sep)) throw new Error("Chave de mídia inválida");
  return full;
}

export async function putMedia(key: string, bytes: Uint8Array): Promise<void> {
  const config = mediaStoreConfig();
  if (config.kind === "s3") return putS3Object(config.s3, key, bytes);
  const file = resolveKey(key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

export async function getMedia(key: string): Promise<Buffer> {
  const config = mediaStoreConfig();
  if (config.kind === "s3") return getS3Object(config.s3, key);
  return readFile(resolveKey(key));
}
