import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CampaignStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { createJobs } from "@/server/jobs/inngest-jobs";
import { pauseCampaign, resumeCampaign } from "@/server/services/campaigns/change-campaign-status";
import { scheduleCampaign } from "@/server/services/campaigns/schedule-campaign";
import { HELD_TIER_LIMIT } from "@/server/services/campaigns/hold-recipients";
import { campaignWorld, recipientsByStatus } from "@/test/campaigns/campaign-world";
import { waitFor } from "@/test/inngest/executor-harness";
import { startPipeline, type Pipeline } from "@/test/inngest/pipeline";
import type { SentRecord } from "@/test/inngest/test-sandbox";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const RATE = 20;
let pipeline: Pipeline;
let db: Db;

beforeAll(async () => {
  // The sandbox refuses (130429) anything above the channel's rate: the test sees any excess.
  pipeline = await startPipeline({ sandbox: { rateLimitMps: RATE } });
  db = (await import("@/server/db")).getDb();
}, 120_000);
afterAll(async () => {
  await pipeline?.close();
});

const busiestSecond = (sent: SentRecord[]) => {
  const times = sent.map((s) => s.receivedAt).sort((a, b) => a - b);
  return Math.max(0, ...times.map((t, i) => times.slice(i).filter((u) => u < t + 1000).length));
};

describe("campaign/run through the local executor, the app's route and the sandbox", () => {
  it("a 300-lead segment on a tier of 250 at 20 msg/s: exactly 250 sent once each, 50 held for the next day, no second over the rate", async () => {
    const world = await campaignWorld({ leads: 300, messagingTier: "TIER_250", throughputMps: RATE });
    await pipeline.sandbox.registerNumber(world.channel);
    const jobs = createJobs((events) => pipeline.inngest.send(events));
    await scheduleCampaign(db, world.creator, { campaignId: world.campaign.id }, { jobs, publish: async () => undefined });
    // A second request for the run (a lost-looking first one) replaces the first run: still one message per lead.
    await jobs.runCampaign({ campaignId: world.campaign.id, requestedAt: new Date(Date.now() + 1) });

    const accepted = await waitFor(
      "250 campaign messages accepted by the sandbox",
      async () => {
        const sent = await pipeline.sandbox.sent(world.channel.phoneNumberId, { accepted: true });
        return sent.length >= 250 ? sent : undefined;
      },
      60_000,
    );
    // Anything beyond would have arrived by now: the runner held the rest before queueing it.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const all = await pipeline.sandbox.sent(world.channel.phoneNumberId);
    expect(all.filter((s) => s.accepted)).toHaveLength(250);
    expect(new Set(accepted.map((s) => s.to)).size).toBe(250);
    expect(all.filter((s) => !s.accepted)).toEqual([]);
    expect(busiestSecond(all)).toBeLessThanOrEqual(RATE);

    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 250, HELD: 50 });
    const held = await db.campaignRecipient.findMany({ where: { campaignId: world.campaign.id, status: "HELD" } });
    expect(held.every((r) => r.reasonCode === HELD_TIER_LIMIT && r.notBefore !== null && +r.notBefore > Date.now() + 23 * 3_600_000)).toBe(true);
    expect(await db.message.count({ where: { campaignRecipient: { campaignId: world.campaign.id }, status: "SENT" } })).toBe(250);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: world.campaign.id } })).toMatchObject({ status: CampaignStatus.RUNNING });
  }, 120_000);

  it("pause stops after the chunk already handed to the sender; resume sends the rest, each lead once, and the campaign ends DONE", async () => {
    const world = await campaignWorld({ leads: 40, messagingTier: "TIER_UNLIMITED", throughputMps: 5 });
    await pipeline.sandbox.registerNumber(world.channel);
    const deps = { jobs: createJobs((events) => pipeline.inngest.send(events)), publish: async () => undefined };
    await scheduleCampaign(db, world.creator, { campaignId: world.campaign.id }, deps);
    // Chunks of 25 (5/s × 5 s): pause as soon as the first is queued.
    await waitFor("the first chunk queued", async () => ((await recipientsByStatus(world.campaign.id)).SENT ?? 0) >= 25, 20_000);
    await pauseCampaign(db, world.creator, { campaignId: world.campaign.id }, deps);
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const duringPause = await pipeline.sandbox.sent(world.channel.phoneNumberId, { accepted: true });
    expect(duringPause.length).toBeLessThanOrEqual(25);
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 25, QUEUED: 15 });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await pipeline.sandbox.sent(world.channel.phoneNumberId, { accepted: true })).toHaveLength(duringPause.length);

    await resumeCampaign(db, world.creator, { campaignId: world.campaign.id }, deps);
    const all = await waitFor(
      "40 campaign messages accepted",
      async () => {
        const sent = await pipeline.sandbox.sent(world.channel.phoneNumberId, { accepted: true });
        return sent.length >= 40 ? sent : undefined;
      },
      60_000,
    );
    expect(new Set(all.map((s) => s.to)).size).toBe(40);
    await waitFor("the campaign DONE", async () => (await db.campaign.findUniqueOrThrow({ where: { id: world.campaign.id } })).status === CampaignStatus.DONE, 30_000);
    expect(await pipeline.sandbox.sent(world.channel.phoneNumberId, { accepted: true })).toHaveLength(40);
  }, 150_000);
});
