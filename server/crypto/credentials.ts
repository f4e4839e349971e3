import "server-only";
import { decodeKey, env } from "@/server/env";
import { decryptSecret, encryptSecret } from "./secret-box";

function key(): Buffer {
  const decoded = decodeKey(env().CREDENTIALS_ENCRYPTION_KEY);
  if (!decoded) throw new Error("CREDENTIALS_ENCRYPTION_KEY inválida");
  return decoded;
}

export const sealCredential = (plaintext: string) => encryptSecret(plaintext, key());
export const openCredential = (sealed: string) => decryptSecret(sealed, key());
