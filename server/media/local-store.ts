import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// Files live under MEDIA_DIR (default .data/media) by opaque keys; an S3-compatible store can
// replace this behind the same two functions.
function root(): string {
  return path.resolve(process.env.MEDIA_DIR ?? path.join(".data", "media"));
}

function resolveKey(key: string): string {
  const full = path.resolve(root(), key);
  if (!full.startsWith(root() + path.sep)) throw new Error("Chave de mídia inválida");
  return full;
}

export async function putMedia(key: string, bytes: Uint8Array): Promise<void> {
  const file = resolveKey(key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

export function getMedia(key: string): Promise<Buffer> {
  return readFile(resolveKey(key));
}
