import "server-only";
import type { Db } from "@/server/db";
import { bucketLevel, reserveToken, reserveTokens } from "./token-bucket";

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

// A batch takes the channel's slots of at most this far ahead; the rest of it comes back for more.
export const BATCH_HORIZON_MS = 2_000;

const channelRate = (throughputMps: number) => Math.max(throughputMps, 1) * THROUGHPUT_HEADROOM;
const channelKey = (channelId: string) => `channel:${channelId}:send`;
const leadKey = (channelId: string, leadId: string) => `pair:${channelId}:${leadId}`;
const LEAD_BUCKET = { ratePerSecond: 1000 / PAIR_INTERVAL_MS, capacity: PAIR_BURST };

/**
 * A send slot on the channel, spaced 1/rate apart (no burst): granted with a wait of at most
 * MAX_INLINE_WAIT_MS, or refused with the time of a place in the channel's queue, so that the
 * refused sends come back one slot apart rather than all together.
 */
export async function takeChannelSlot(db: Db, channel: { id: string; throughputMps: number }): Promise<ChannelSlot> {
  const ratePerSecond = channelRate(channel.throughputMps);
  const gate = await reserveToken(db, { key: channelKey(channel.id), ratePerSecond, capacity: 1 }, { maxWaitMs: MAX_INLINE_WAIT_MS });
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
  const slot = await reserveToken(db, { key: leadKey(channelId, leadId), ...LEAD_BUCKET }, { maxWaitMs: Number.POSITIVE_INFINITY });
  return slot.granted ? slot.waitMs : 0;
}

/**
 * The lead slots of a batch on one channel, in one statement: `leadIds` holds each message's lead in
 * send order, and each message gets the wait reserveLeadSlot would have given it, called in that order.
 */
export async function reserveLeadSlots(db: Db, channelId: string, leadIds: string[]): Promise<number[]> {
  const counts = new Map<string, number>();
  for (const leadId of leadIds) counts.set(leadId, (counts.get(leadId) ?? 0) + 1);
  const reserved = await reserveTokens(db, LEAD_BUCKET, [...counts].map(([leadId, count]) => ({ key: leadKey(channelId, leadId), count })));
  const waits = new Map(reserved.map((r) => [r.key, [...r.waitsMs]]));
  return leadIds.map((leadId) => waits.get(leadKey(channelId, leadId))?.shift() ?? 0);
}

/** The booked slots as times (ms since the epoch, on the database's clock), or when to come back. */
export type ChannelSlots = { slotsAt: number[]; retryInMs: number };

/**
 * Up to `wanted` of the channel's send slots, spaced 1/rate apart as takeChannelSlot spaces them,
 * but only those within `horizonMs`: a batch never books the channel far ahead of the others that
 * share it. With no slot that near, `retryInMs` says when one will be.
 */
export async function takeChannelSlots(db: Db, channel: { id: string; throughputMps: number }, wanted: number, horizonMs = BATCH_HORIZON_MS): Promise<ChannelSlots> {
  const bucket = { key: channelKey(channel.id), ratePerSecond: channelRate(channel.throughputMps), capacity: 1 };
  const level = await bucketLevel(db, bucket);
  const reachable = Math.floor(level + (horizonMs / 1000) * bucket.ratePerSecond);
  const count = Math.min(wanted, reachable);
  if (count <= 0) return { slotsAt: [], retryInMs: Math.max(1, Math.ceil(((1 - level) / bucket.ratePerSecond) * 1000 - horizonMs)) };
  // Another batch may book between the read and this reservation: the waits then come out longer, never closer together.
  const [reserved] = await reserveTokens(db, bucket, [{ key: bucket.key, count }]);
  // Times, not waits: a wait counted from when the answer arrived would shift with the query's latency.
  const at = reserved ? reserved.at.getTime() : Date.now();
  return { slotsAt: (reserved?.waitsMs ?? []).map((waitMs) => at + waitMs), retryInMs: 0 };
}
