import { describe, expect, it, vi } from "vitest";
import { CampaignStatus } from "@/generated/prisma/enums";
import { deliverBatchRound, pendingSends, type PendingSend } from "@/server/services/messages/deliver-batch";
import { deliverMessage, initialDeliveryState } from "@/server/services/messages/deliver-message";
import { requeueStuckMessages, STUCK_AFTER_MS } from "@/server/services/messages/requeue-stuck-messages";
import { campaignWorld, recipientsByStatus } from "@/test/campaigns/campaign-world";
import { recordingJobs } from "@/test/recording-jobs";
import { testDb } from "@/test/db";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { cancelCampaign, CANCELLED_BEFORE_SEND, pauseCampaign, resumeCampaign } from "./change-campaign-status";
import { runCampaignStep } from "./run-campaign-step";
import { scheduleCampaign } from "./schedule-campaign";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const sandbox = sandboxForThisFile();

/** A running campaign whose first chunk is queued (handed to the sender, not sent yet). */
async function queuedCampaign(options: { leads: number; throughputMps?: number }) {
  const world = await campaignWorld({ ...options, messagingTier: "TIER_UNLIMITED" });
  await sandbox.registerNumber(world.channel);
  await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
  await runCampaignStep(world.db, world.campaign.id, world.deps);
  const messages = await testDb().message.findMany({ where: { campaignRecipient: { campaignId: world.campaign.id } }, select: { id: true } });
  return { ...world, messageIds: messages.map((m) => m.id) };
}

const campaignOf = (id: string) => testDb().campaign.findUniqueOrThrow({ where: { id } });
const messagesOf = (ids: string[]) => testDb().message.findMany({ where: { id: { in: ids } } });
const afterSleep = (pending: PendingSend[]) => pending.map((p) => ({ ...p, notBefore: Date.now() }));
const auditActions = async (campaignId: string) => (await testDb().auditLog.findMany({ where: { entityId: campaignId }, orderBy: { createdAt: "asc" } })).map((a) => a.action);

describe("campaign pause, resume and cancel", () => {
  it("a pause holds the messages already queued (the sender leaves them QUEUED, unclaimed); a resume asks for them again and they go out", async () => {
    const world = await queuedCampaign({ leads: 3 });
    await expect(pauseCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps)).resolves.toMatchObject({ status: CampaignStatus.PAUSED });

    const round = await deliverBatchRound(world.db, pendingSends(world.messageIds));
    expect(round.skipped.sort()).toEqual([...world.messageIds].sort());
    expect(await deliverMessage(world.db, world.messageIds[0]!, initialDeliveryState)).toEqual({ kind: "skipped", reason: "campaign-held" });
    for (const message of await messagesOf(world.messageIds)) expect(message).toMatchObject({ status: "QUEUED", sendClaimId: null, wamid: null });
    expect(await sandbox.sent(world.channel.phoneNumberId)).toHaveLength(0);
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toEqual({ kind: "stopped", status: CampaignStatus.PAUSED });

    const before = world.recorded.sends.length;
    await expect(resumeCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps)).resolves.toMatchObject({ status: CampaignStatus.RUNNING });
    const resumed = world.recorded.sends.slice(before);
    expect(resumed.map((s) => s.messageId).sort()).toEqual([...world.messageIds].sort());
    expect(resumed.every((s) => s.eventId.includes("-resume-"))).toBe(true);
    expect(world.recorded.events.filter((e) => e.name === "comunicador/campaign.run-requested")).toHaveLength(2);

    const again = await deliverBatchRound(world.db, pendingSends(world.messageIds));
    expect(again.sent.sort()).toEqual([...world.messageIds].sort());
    expect(await auditActions(world.campaign.id)).toEqual(["campaign.scheduled", "campaign.paused", "campaign.resumed"]);
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toEqual({ kind: "done" });
    expect(await campaignOf(world.campaign.id)).toMatchObject({ status: CampaignStatus.DONE });
  });

  it("the stuck-message sweep leaves a paused campaign's held messages alone", async () => {
    const world = await queuedCampaign({ leads: 2 });
    await pauseCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const later = new Date(Date.now() + STUCK_AFTER_MS + 60_000);
    const sweep = recordingJobs();
    await requeueStuckMessages(world.db, sweep.jobs, later);
    expect(sweep.sends.filter((s) => world.messageIds.includes(s.messageId))).toEqual([]);
    await resumeCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    await requeueStuckMessages(world.db, sweep.jobs, later);
    expect(sweep.sends.filter((s) => world.messageIds.includes(s.messageId))).toHaveLength(2);
  });

  it("a pause between chunks stops the next chunk; resume goes on from there", async () => {
    const world = await queuedCampaign({ leads: 8, throughputMps: 1 });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 5, QUEUED: 3 });
    await pauseCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    await runCampaignStep(world.db, world.campaign.id, world.deps);
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 5, QUEUED: 3 });
    await resumeCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toMatchObject({ kind: "wait", queued: 3 });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 8 });
  });

  it("a cancel sends nothing more: unsent recipients fail with the reason, queued messages fail as cancelled", async () => {
    const world = await queuedCampaign({ leads: 8, throughputMps: 1 });
    await expect(cancelCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps)).resolves.toMatchObject({ status: CampaignStatus.CANCELLED });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 5, FAILED: 3 });
    const left = await testDb().campaignRecipient.findMany({ where: { campaignId: world.campaign.id, status: "FAILED" } });
    expect(left.every((r) => r.reasonCode === CANCELLED_BEFORE_SEND)).toBe(true);
    for (const message of await messagesOf(world.messageIds)) expect(message).toMatchObject({ status: "FAILED", failureReason: "campaignCancelled" });
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toEqual({ kind: "stopped", status: CampaignStatus.CANCELLED });
    const round = await deliverBatchRound(world.db, pendingSends(world.messageIds));
    expect(round.sent).toHaveLength(0);
    expect(await sandbox.sent(world.channel.phoneNumberId)).toHaveLength(0);
    expect(await campaignOf(world.campaign.id)).toMatchObject({ status: CampaignStatus.CANCELLED, finishedAt: expect.any(Date) });
    expect(await auditActions(world.campaign.id)).toEqual(["campaign.scheduled", "campaign.cancelled"]);
    await expect(resumeCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps)).rejects.toMatchObject({ key: "campaigns.statusNotAllowed" });
  });

  it.each([131048, 131049, 131056])("Meta's %i on a campaign's send pauses the campaign with the code as its reason", async (code) => {
    const world = await queuedCampaign({ leads: 3 });
    await sandbox.failNext(world.channel.phoneNumberId, code, 1);
    const round = await deliverBatchRound(world.db, pendingSends(world.messageIds));
    expect(await campaignOf(world.campaign.id)).toMatchObject({ status: CampaignStatus.PAUSED, pauseReasonCode: `campaigns.pausedByMeta${code}` });
    // What was not sent yet waits with the campaign (131056 leaves its message QUEUED for a later round).
    const later = await deliverBatchRound(world.db, afterSleep(round.pending));
    expect(later.sent).toHaveLength(0);
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toEqual({ kind: "stopped", status: CampaignStatus.PAUSED });
    // Resuming clears the reason.
    await resumeCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    expect(await campaignOf(world.campaign.id)).toMatchObject({ status: CampaignStatus.RUNNING, pauseReasonCode: null });
  });
});
