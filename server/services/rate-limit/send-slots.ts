import "server-only";
import type { Db } from "@/server/db";
import { reserveToken } from "./token-bucket";

// Meta counts throughput in its own windows and requests reach it with some jitter; pacing at 90%
// of the configured rate keeps any one second under the limit even when a few sends bunch up
// (up to ~110 ms of jitter between two sends).
export const THROUGHPUT_HEADROOM = 0.9;

// A send waits in-process for its slot up to this long; beyond it the run sleeps durably instead.
export const MAX_INLINE_WAIT_MS = 1_000;

// Meta's pair limit: about 1 message per 6 s to one user, with bursts borrowed from later
// (Meta documents up to 45 in 6 s). A short burst lets a broker send a text and a few files at once.
export const PAIR_INTERVAL_MS = 6_000;
export const PAIR_BURST = 10;

export type ChannelSlot = { ok: true; waitMs: number } | { ok: false; retryInMs: number };

const channelRate = (throughputMps: number) => Math.max(throughputMps, 1) * THROUGHPUT_HEADROOM;

/**
 * A send slot on the channel, spaced 1/rate apart (no burst): granted with a wait of at most
 * MAX_INLINE_WAIT_MS, or refused with the time of a place in the channel's queue, so that the
 * refused sends come back one slot apart rather than all together.
 */
export async function takeChannelSlot(db: Db, channel: { id: string; throughputMps: number }): Promise<ChannelSlot> {
  const ratePerSecond = channelRate(channel.throughputMps);
  const gate = await reserveToken(db, { key: `channel:${channel.id}:send`, ratePerSecond, capacity: 1 }, { maxWaitMs: MAX_INLINE_WAIT_MS });
  if (gate.granted) return { ok: true, waitMs: gate.waitMs };
  const queue = await reserveToken(
    db,
    { key: `channel:${channel.id}:queue`, ratePerSecond, capacity: 1 },
    { maxWaitMs: Number.POSITIVE_INFINITY, notBeforeMs: gate.readyInMs },
  );
  return { ok: false, retryInMs: queue.granted ? queue.waitMs : gate.readyInMs };
}

/** The lead's next slot under the pair limit (reserved, so messages to one lead keep their order). */
export async function reserveLeadSlot(db: Db, channelId: string, leadId: string): Promise<number> {
  const slot = await reserveToken(
    db,
    { key: `pair:${channelId}:${leadId}`, ratePerSecond: 1000 / PAIR_INTERVAL_MS, capacity: PAIR_BURST },
    { maxWaitMs: Number.POSITIVE_INFINITY },
  );
  return slot.granted ? slot.waitMs : 0;
}
