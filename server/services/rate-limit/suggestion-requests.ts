import "server-only";
import type { Db } from "@/server/db";
import { reserveToken } from "./token-bucket";

export type SuggestionGate = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * One suggestions request of the user's per-minute allowance (a full minute's worth may come at
 * once, then one every 60/perMinute s). Each request runs the retrieval and, with the assistant on,
 * a paid model call: a held-down shortcut or a script on a stolen session must not run up the bill.
 */
export async function takeSuggestionRequest(db: Db, userId: string, perMinute: number): Promise<SuggestionGate> {
  const reservation = await reserveToken(db, { key: `user:${userId}:assistant-suggestions`, ratePerSecond: perMinute / 60, capacity: perMinute });
  if (reservation.granted) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(reservation.readyInMs / 1000)) };
}
