import { createHmac, timingSafeEqual } from "node:crypto";

type RawBody = string | Uint8Array;

const HEADER_PATTERN = /^sha256=([0-9a-f]{64})$/i;

function digest(secret: string, rawBody: RawBody): Buffer {
  return createHmac("sha256", secret).update(rawBody).digest();
}

/** The `X-Hub-Signature-256` value Meta sends: `sha256=<hex HMAC of the exact body bytes>`. */
export function signPayload(secret: string, rawBody: RawBody): string {
  return `sha256=${digest(secret, rawBody).toString("hex")}`;
}

/** Constant-time check of `X-Hub-Signature-256`; false for a missing or malformed header. */
export function verifySignature(
  secret: string,
  rawBody: RawBody,
  header: string | null | undefined,
): boolean {
  if (!secret || typeof header !== "string") return false;
  const match = HEADER_PATTERN.exec(header.trim());
  if (!match?.[1]) return false;
  const received = Buffer.from(match[1], "hex");
  const expected = digest(secret, rawBody);
  return received.length === expected.length && timingSafeEqual(received, expected);
}
