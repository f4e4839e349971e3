import "server-only";
import { openCredential } from "@/server/crypto/credentials";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createGraphClient, type GraphClient } from "@/server/meta/graph-client";
import { graphConfigFromEnv } from "@/server/meta/graph-config";
import type { FetchLike } from "@/server/meta/graph-request";
import { MetaApiError } from "@/server/meta/meta-errors";

// Every Graph call made for a channel goes through here: the channel's own token, decrypted only in memory.

/** A Graph client with the channel's token, or null if the stored token cannot be read. */
export function graphForChannel(channel: { accessTokenEnc: string }, fetch?: FetchLike): GraphClient | null {
  let accessToken: string;
  try {
    accessToken = openCredential(channel.accessTokenEnc);
  } catch {
    return null;
  }
  return createGraphClient({ ...graphConfigFromEnv(), accessToken, fetch });
}

// Tests hand in a fetch that answers like Graph; production uses the global one.
export type GraphDeps = { fetch?: FetchLike };

/** For the settings screens: the channel and its client, or the refusal the admin reads. */
export async function channelGraphClient(db: Db, channelId: string, deps: GraphDeps = {}) {
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: { id: true, phoneNumberId: true, wabaId: true, accessTokenEnc: true },
  });
  if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
  const client = graphForChannel(channel, deps.fetch);
  if (!client) throw new AppError("PRECONDITION_FAILED", "channels.tokenUnreadable");
  return { channel: { id: channel.id, phoneNumberId: channel.phoneNumberId, wabaId: channel.wabaId }, client };
}

export type MetaProblem = { kind: "meta"; code: number; details: string | null } | { kind: "network" };

// What the admin reads when Meta refuses: the code's explanation (translated by the screen) plus Meta's own detail.
export function describeMetaFailure(error: unknown): MetaProblem {
  if (error instanceof MetaApiError) return { kind: "meta", code: error.code, details: error.details ?? error.message ?? null };
  return { kind: "network" };
}

export const isTokenProblem = (problem: MetaProblem) => problem.kind === "meta" && problem.code === 190;
