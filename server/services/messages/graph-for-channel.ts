import "server-only";
import { openCredential } from "@/server/crypto/credentials";
import { createGraphClient, type GraphClient } from "@/server/meta/graph-client";
import { graphConfigFromEnv } from "@/server/meta/graph-config";
import type { FetchLike } from "@/server/meta/graph-request";

/** A Graph client with the channel's own token (decrypted only in memory), or null if it cannot be read. */
export function graphForChannel(channel: { accessTokenEnc: string }, fetch?: FetchLike): GraphClient | null {
  let accessToken: string;
  try {
    accessToken = openCredential(channel.accessTokenEnc);
  } catch {
    return null;
  }
  return createGraphClient({ ...graphConfigFromEnv(), accessToken, fetch });
}
