import { describe, expect, it } from "vitest";
import { seedChannel } from "@/prisma/seed/channels";
import { seedUser } from "@/prisma/seed/users";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { assistantUsage } from "./assistant-usage";
import { CALL_TEXT_RETENTION_DAYS, purgeCallTexts } from "./purge-call-texts";

// The purge runs over every channel, with the real clock: the calls here are backdated past the
// retention, which no other test's calls are, so tests running beside these keep their texts.
const DAY_MS = 86_400_000;
const daysAgo = (days: number, now = Date.now()) => new Date(now - days * DAY_MS);

async function callsOf(channelId: string, createdAts: Date[]) {
  await testDb().assistantCall.createMany({
    data: createdAts.map((createdAt, i) => ({
      channelId,
      feature: "SUGGESTION" as const,
      model: "modelo-de-teste",
      system: `Fatos ${i}`,
      prompt: `Lead: mensagem ${i}`,
      sharedContactData: false,
      outcome: "OK" as const,
      durationMs: 10,
      inputTokens: 100 + i,
      outputTokens: 10 + i,
      createdAt,
    })),
  });
  return testDb().assistantCall.findMany({ where: { channelId }, orderBy: { createdAt: "asc" } });
}

describe("purgeCallTexts", () => {
  it("nulls what calls older than the retention sent, keeps the newer ones whole and every row's tokens for the usage", async () => {
    const channel = await seedChannel(testDb());
    const now = Date.now();
    const [old, justOld, recent] = await callsOf(channel.id, [
      daysAgo(CALL_TEXT_RETENTION_DAYS + 30, now),
      daysAgo(CALL_TEXT_RETENTION_DAYS + 1, now),
      daysAgo(CALL_TEXT_RETENTION_DAYS - 1, now),
    ]);
    // The usage read from the oldest call's day on: all three calls, by day.
    const usageThen = () => assistantUsage(testDb(), channel.id, old!.createdAt);
    const before = await usageThen();
    expect(before.total).toEqual({ requests: 3, errors: 0, inputTokens: 303, outputTokens: 33 });

    expect(await purgeCallTexts(testDb(), { now: new Date(now) })).toBeGreaterThanOrEqual(2);

    const after = await testDb().assistantCall.findMany({ where: { channelId: channel.id }, orderBy: { createdAt: "asc" } });
    expect(after).toEqual([
      { ...old, system: null, prompt: null },
      { ...justOld, system: null, prompt: null },
      recent,
    ]);
    expect(await usageThen()).toEqual(before);

    // What the administrator's screen reads for a purged call.
    const admin = await seedUser(testDb(), { profile: "admin" });
    expect(await callerFor(admin).channels.assistantCall({ channelId: channel.id, callId: justOld!.id })).toMatchObject({
      system: null,
      prompt: null,
      retentionDays: CALL_TEXT_RETENTION_DAYS,
    });

    // Run again: nothing of this channel changes.
    await purgeCallTexts(testDb(), { now: new Date(now) });
    expect(await testDb().assistantCall.findMany({ where: { channelId: channel.id }, orderBy: { createdAt: "asc" } })).toEqual(after);
  });

  it("works through a backlog larger than one batch", async () => {
    const channel = await seedChannel(testDb());
    await callsOf(channel.id, Array.from({ length: 7 }, (_, i) => daysAgo(CALL_TEXT_RETENTION_DAYS + 2 + i)));
    expect(await purgeCallTexts(testDb(), { batchSize: 2 })).toBeGreaterThanOrEqual(7);
    const left = await testDb().assistantCall.count({ where: { channelId: channel.id, OR: [{ system: { not: null } }, { prompt: { not: null } }] } });
    expect(left).toBe(0);
    expect(await testDb().assistantCall.count({ where: { channelId: channel.id } })).toBe(7);
  });
});
