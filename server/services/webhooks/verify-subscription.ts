import "server-only";
import type { Db } from "@/server/db";

export type SubscriptionRequest = { mode: string | null; token: string | null; challenge: string | null };

/** Meta's GET handshake: the challenge to echo when the verify token is some channel's, else null. */
export async function verifySubscription(db: Db, request: SubscriptionRequest): Promise<string | null> {
  const { mode, token, challenge } = request;
  if (mode !== "subscribe" || !token || !challenge || token.length > 256 || challenge.length > 256) return null;
  const channel = await db.channel.findUnique({ where: { verifyToken: token }, select: { id: true } });
  return channel ? challenge : null;
}
