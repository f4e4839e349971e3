import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextCronFire, parseCron } from "@/dev/inngest/cron";
import { seedChannel } from "@/prisma/seed/channels";
import type { Db } from "@/server/db";
import { CALL_TEXT_RETENTION_DAYS } from "@/server/services/assistant/purge-call-texts";
import { startPipeline, type Pipeline } from "@/test/inngest/pipeline";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

// The app's real /api/inngest synced with the local executor (its own database and clock): the
// daily cron is registered, fires when the clock passes 06:40 UTC and runs the purge.
let pipeline: Pipeline;
let db: Db;

beforeAll(async () => {
  pipeline = await startPipeline();
  db = (await import("@/server/db")).getDb();
}, 120_000);
afterAll(async () => {
  await pipeline?.close();
});

const DAY_MS = 86_400_000;

describe("assistant/purge-call-texts", () => {
  it("fires daily at 06:40 UTC in the local executor and nulls the texts past retention, not the newer ones", async () => {
    const channel = await seedChannel(db);
    const call = (daysAgo: number) =>
      db.assistantCall.create({
        data: { channelId: channel.id, feature: "SUGGESTION", model: "m", system: "Fatos", prompt: "Lead: oi", sharedContactData: false, outcome: "OK", durationMs: 1, inputTokens: 42, createdAt: new Date(pipeline.now() - daysAgo * DAY_MS) },
      });
    const [old, recent] = [await call(CALL_TEXT_RETENTION_DAYS + 10), await call(3)];

    const fireAt = nextCronFire(parseCron("40 6 * * *"), pipeline.now());
    expect(new Date(fireAt).toISOString()).toMatch(/T06:40:00\.000Z$/);
    pipeline.advance(fireAt - pipeline.now() + 1_000);
    const run = await pipeline.api.waitForRun("comunicador-assistant-purge-call-texts", (r) => r.status === "COMPLETED");
    expect(run.event).toMatchObject({ name: "inngest/scheduled.timer", data: { cron: "40 6 * * *" } });
    expect(run.output).toBe(1);

    expect(await db.assistantCall.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ system: null, prompt: null, inputTokens: 42 });
    expect(await db.assistantCall.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ system: "Fatos", prompt: "Lead: oi" });
  });
});
