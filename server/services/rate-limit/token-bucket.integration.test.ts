import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { reserveToken, type Reservation } from "./token-bucket";
import { BATCH_HORIZON_MS, MAX_INLINE_WAIT_MS, PAIR_BURST, PAIR_INTERVAL_MS, reserveLeadSlot, reserveLeadSlots, takeChannelSlot, takeChannelSlots, THROUGHPUT_HEADROOM } from "./send-slots";

const key = () => `test:${randomBytes(6).toString("hex")}`;
const db = testDb;

// The slot a granted reservation owns, on the database's clock (the app's clock may lag behind it).
const slotAt = (r: Reservation) => (r.granted ? r.at.getTime() + r.waitMs : Number.NaN);
const gaps = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]!);
};

describe("reserveToken", () => {
  it("grants a full bucket's tokens at once, then refuses with the time until the next one", async () => {
    const bucket = { key: key(), ratePerSecond: 1, capacity: 3 };
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push(await reserveToken(db(), bucket));
    expect(taken.map((t) => t.granted && t.waitMs)).toEqual([0, 0, 0]);
    const refused = await reserveToken(db(), bucket);
    expect(refused.granted).toBe(false);
    // One token per second: the fourth is at most a second away (less the time these calls took).
    expect(!refused.granted && refused.readyInMs).toBeGreaterThan(0);
    expect(!refused.granted && refused.readyInMs).toBeLessThanOrEqual(1000);
  });

  it("spreads reservations one token apart instead of handing everyone the same moment", async () => {
    const bucket = { key: key(), ratePerSecond: 10, capacity: 1 };
    const reservations = await Promise.all(Array.from({ length: 8 }, () => reserveToken(db(), bucket, { maxWaitMs: Number.POSITIVE_INFINITY })));
    expect(reservations.every((r) => r.granted)).toBe(true);
    // 100 ms apart (1 ms for the rounding of each wait).
    for (const gap of gaps(reservations.map(slotAt))) expect(gap).toBeGreaterThanOrEqual(99);
  });

  it("refuses a reservation beyond maxWaitMs and leaves the bucket as it was", async () => {
    const bucket = { key: key(), ratePerSecond: 0.5, capacity: 1 };
    expect(await reserveToken(db(), bucket, { maxWaitMs: 2_500 })).toMatchObject({ granted: true, waitMs: 0 });
    const second = await reserveToken(db(), bucket, { maxWaitMs: 2_500 });
    expect(second.granted && second.waitMs).toBeGreaterThan(0);
    const before = await db().rateBucket.findUniqueOrThrow({ where: { key: bucket.key } });
    const third = await reserveToken(db(), bucket, { maxWaitMs: 2_500 });
    expect(third.granted).toBe(false);
    const after = await db().rateBucket.findUniqueOrThrow({ where: { key: bucket.key } });
    expect(after).toEqual(before);
  });

  it("with notBeforeMs, queues the first reservation at least that far out and the next ones a token later", async () => {
    const bucket = { key: key(), ratePerSecond: 10, capacity: 1 };
    const first = await reserveToken(db(), bucket, { maxWaitMs: Number.POSITIVE_INFINITY, notBeforeMs: 2_000 });
    const second = await reserveToken(db(), bucket, { maxWaitMs: Number.POSITIVE_INFINITY, notBeforeMs: 1_000 });
    expect(first.granted && first.waitMs).toBeGreaterThanOrEqual(2_000);
    expect(slotAt(second) - slotAt(first)).toBeGreaterThanOrEqual(99);
  });
});

describe("send slots", () => {
  it("paces a channel at 90% of its rate with no burst: one second of slots granted, the rest queued", async () => {
    const channel = { id: key(), throughputMps: 20 };
    const spacing = 1000 / (20 * THROUGHPUT_HEADROOM);
    const slots = await Promise.all(Array.from({ length: 60 }, () => takeChannelSlot(db(), channel)));
    const granted = slots.flatMap((s) => (s.ok ? [s.waitMs] : []));
    const queued = slots.flatMap((s) => (s.ok ? [] : [s.retryInMs]));
    expect(granted.length).toBeGreaterThanOrEqual(Math.floor(MAX_INLINE_WAIT_MS / spacing));
    expect(Math.max(...granted)).toBeLessThanOrEqual(MAX_INLINE_WAIT_MS);
    expect(queued.length).toBeGreaterThan(0);
    expect(Math.min(...queued)).toBeGreaterThan(0);
    const row = await db().rateBucket.findUniqueOrThrow({ where: { key: `channel:${channel.id}:send` } });
    // Capacity 1: the bucket never holds a burst, only the debt of the granted waits.
    expect(row.tokens).toBeLessThan(0);
  });

  it("lets a short burst reach one lead, then paces it at one message per 6 s in order", async () => {
    const channelId = key();
    const waits = [];
    for (let i = 0; i < PAIR_BURST + 2; i++) waits.push(await reserveLeadSlot(db(), channelId, "lead-1"));
    expect(waits.slice(0, PAIR_BURST).every((w) => w === 0)).toBe(true);
    expect(waits[PAIR_BURST]).toBeGreaterThan(5_000);
    expect(waits[PAIR_BURST + 1]! - waits[PAIR_BURST]!).toBeGreaterThan(5_900);
    // Another lead on the same channel is not held back.
    expect(await reserveLeadSlot(db(), channelId, "lead-2")).toBe(0);
  });

  it("reserves a batch's lead slots in one statement as one-by-one reservations would: the burst, then one per 6 s, per lead", async () => {
    const channelId = key();
    // Lead a: a burst and two more; lead b: two messages, interleaved as a batch may hold them.
    const leads = [...Array(PAIR_BURST).fill("a"), "b", "a", "b", "a"];
    const waits = await reserveLeadSlots(db(), channelId, leads);
    const ofA = waits.filter((_, i) => leads[i] === "a");
    expect(ofA.slice(0, PAIR_BURST).every((w) => w === 0)).toBe(true);
    expect(ofA[PAIR_BURST]).toBeGreaterThan(PAIR_INTERVAL_MS - 1_000);
    expect(ofA[PAIR_BURST + 1]! - ofA[PAIR_BURST]!).toBeGreaterThan(PAIR_INTERVAL_MS - 100);
    expect(waits.filter((_, i) => leads[i] === "b")).toEqual([0, 0]);
    // The next one-by-one reservation for lead a queues behind the batch's.
    expect(await reserveLeadSlot(db(), channelId, "a")).toBeGreaterThan(ofA[PAIR_BURST + 1]! + PAIR_INTERVAL_MS - 1_000);
  });

  it("books a batch's channel slots one token apart and no further ahead than the horizon, shared with the single sends", async () => {
    const channel = { id: key(), throughputMps: 20 };
    const spacing = 1000 / (20 * THROUGHPUT_HEADROOM);
    const first = await takeChannelSlots(db(), channel, 100);
    // 2 s at 18/s, plus the token the empty bucket holds.
    expect(first.slotsAt.length).toBe(Math.floor(1 + (BATCH_HORIZON_MS / 1000) * 20 * THROUGHPUT_HEADROOM));
    for (const gap of gaps(first.slotsAt)) expect(gap).toBeGreaterThanOrEqual(spacing - 1);
    // The channel is booked to the horizon: another batch gets nothing now, and hears when to come back.
    const second = await takeChannelSlots(db(), channel, 10);
    expect(second.slotsAt).toEqual([]);
    expect(second.retryInMs).toBeGreaterThan(0);
    // And message/send's slot, on the same bucket, is refused beyond its inline wait.
    expect(await takeChannelSlot(db(), channel)).toMatchObject({ ok: false });
  });
});

