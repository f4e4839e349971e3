import { describe, expect, it } from "vitest";
import { CampaignStatus } from "@/generated/prisma/enums";
import { testDb } from "@/test/db";
import { campaignWorld, recipientsByStatus } from "@/test/campaigns/campaign-world";
import { recordingJobs } from "@/test/recording-jobs";
import { storedComponents } from "@/server/services/templates/template-components";
import { templateMapping } from "@/server/services/conversations/render-template-params";
import { campaignRequestId, queueCampaignChunk } from "./campaign-chunk";
import { HELD_TIER_LIMIT } from "./hold-recipients";
import { CHUNK_SECONDS, runCampaignStep } from "./run-campaign-step";
import { scheduleCampaign } from "./schedule-campaign";
import { msUntilSendingHours } from "./sending-hours";

const DAY_MS = 24 * 3_600_000;

async function loadContextFor(campaignId: string) {
  const { template } = await testDb().campaign.findUniqueOrThrow({ where: { id: campaignId }, include: { template: true } });
  return { template, mapping: templateMapping(template.body, template.variables)!, parts: storedComponents(template), headerMedia: null, sources: [] };
}

/** What message/send-batch does to them, as far as the runner can tell. */
async function sendQueued(campaignId: string) {
  await testDb().message.updateMany({ where: { campaignRecipient: { campaignId }, status: "QUEUED" }, data: { status: "SENT", sentAt: new Date() } });
}

async function campaignMessages(campaignId: string) {
  return testDb().message.findMany({ where: { campaignRecipient: { campaignId } }, include: { conversation: true } });
}

describe("campaign engine", () => {
  it("selects the segment's eligible leads once, set-based, and starts running", async () => {
    const world = await campaignWorld({ leads: 4 });
    const [optedOut] = world.leads;
    await testDb().lead.update({ where: { id: optedOut!.id }, data: { marketingOptOutAt: new Date() } });
    const scheduled = await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    expect(scheduled).toMatchObject({ status: CampaignStatus.RUNNING, recipients: 3 });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ QUEUED: 3 });
    const stored = await testDb().campaign.findUniqueOrThrow({ where: { id: world.campaign.id } });
    expect(stored.startedAt).not.toBeNull();
    expect(world.recorded.events.filter((e) => e.name === "comunicador/campaign.run-requested")).toHaveLength(1);
    expect(world.pushes).toContainEqual({ channel: "private-campaigns", event: { name: "campaign.progress", data: { campaignId: world.campaign.id } } });
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: world.campaign.id, action: "campaign.scheduled" } });
    expect(audit).toMatchObject({ actorId: world.creator.id, data: { recipients: 3 } });

    // Scheduling again only asks for the run again: no second selection, no second recipient.
    await expect(scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps)).resolves.toMatchObject({ recipients: 3 });
    expect(await testDb().campaignRecipient.count({ where: { campaignId: world.campaign.id } })).toBe(3);
  });

  it("tier 250 with 300 recipients: exactly 250 queued, 50 held with the reason until room frees, then sent", async () => {
    const world = await campaignWorld({ leads: 300, messagingTier: "TIER_250", throughputMps: 80 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const now = new Date();
    const first = await runCampaignStep(world.db, world.campaign.id, world.deps, now);
    expect(first).toMatchObject({ kind: "wait", queued: 250, held: 50 });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 250, HELD: 50 });
    expect(await campaignMessages(world.campaign.id)).toHaveLength(250);
    expect(world.recorded.sends).toHaveLength(250);
    const held = await testDb().campaignRecipient.findMany({ where: { campaignId: world.campaign.id, status: "HELD" } });
    for (const recipient of held) {
      expect(recipient.reasonCode).toBe(HELD_TIER_LIMIT);
      expect(+recipient.notBefore!).toBe(+now + DAY_MS);
    }
    // The run sleeps until the room frees, a day later.
    expect(first.kind === "wait" && first.ms).toBe(DAY_MS);

    // Nothing more goes out before that.
    const early = await runCampaignStep(world.db, world.campaign.id, world.deps, new Date(+now + 3_600_000));
    expect(early).toMatchObject({ kind: "wait", queued: 0 });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 250, HELD: 50 });

    const nextDay = new Date(+now + DAY_MS + 1_000);
    await sendQueued(world.campaign.id);
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps, nextDay)).toMatchObject({ kind: "wait", queued: 50 });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 300 });
    // Done once the sender has taken the last chunk's messages too.
    await sendQueued(world.campaign.id);
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps, nextDay)).toMatchObject({ kind: "done" });
    expect(await testDb().campaign.findUniqueOrThrow({ where: { id: world.campaign.id } })).toMatchObject({ status: CampaignStatus.DONE, finishedAt: nextDay });
  });

  it("counts the number's other business-initiated sends of the last 24 h against the tier", async () => {
    const world = await campaignWorld({ leads: 3, messagingTier: "TIER_50" });
    // 48 other leads started on this number an hour ago: room for 2.
    const other = await campaignWorld({ leads: 48 });
    await testDb().campaign.update({ where: { id: other.campaign.id }, data: { channelId: world.channel.id, templateId: world.template.id } });
    await scheduleCampaign(other.db, other.creator, { campaignId: other.campaign.id }, other.deps);
    const now = new Date();
    await runCampaignStep(other.db, other.campaign.id, other.deps, new Date(+now - 3_600_000));
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps, now)).toMatchObject({ queued: 2, held: 1 });
  });

  it("queues chunks of the channel's rate × a few seconds and waits each chunk's time before the next", async () => {
    const world = await campaignWorld({ leads: 250, messagingTier: "TIER_UNLIMITED", throughputMps: 20 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const chunk = 20 * CHUNK_SECONDS;
    let at = Date.now();
    const sizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = await runCampaignStep(world.db, world.campaign.id, world.deps, new Date(at));
      if (outcome.kind !== "wait") throw new Error(`unexpected ${outcome.kind}`);
      sizes.push(outcome.queued);
      // Never faster than the channel: the next chunk comes when this one has had its time at 20/s.
      expect(outcome.ms).toBe((outcome.queued / 20) * 1000);
      at += outcome.ms;
    }
    expect(sizes).toEqual([chunk, chunk, 50]);
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 250 });
  });

  it("sleeps outside the sending hours (São Paulo) and sends when they open", async () => {
    // 09:00–18:00 in São Paulo (UTC−3): 02:00 UTC is 23:00 there, 10 h before the opening.
    expect(msUntilSendingHours(new Date("2026-03-10T02:00:00Z"), 540, 1080)).toBe(10 * 3_600_000);
    expect(msUntilSendingHours(new Date("2026-03-10T12:00:00Z"), 540, 1080)).toBe(0);
    expect(msUntilSendingHours(new Date("2026-03-10T21:00:00Z"), 540, 1080)).toBe(15 * 3_600_000);
    expect(msUntilSendingHours(new Date("2026-03-10T11:30:00Z"), 540, 1080)).toBe(30 * 60_000);

    const world = await campaignWorld({ leads: 2, hours: { sendingFromMinute: 540, sendingUntilMinute: 1080 } });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const night = new Date("2026-03-10T02:00:00Z");
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps, night)).toEqual({ kind: "wait", ms: 10 * 3_600_000, queued: 0, refused: 0, held: 0 });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ QUEUED: 2 });
    await runCampaignStep(world.db, world.campaign.id, world.deps, new Date("2026-03-10T12:00:00Z"));
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 2 });
  });

  it("waits for startsAt, then runs", async () => {
    const startsAt = new Date(Date.now() + 3_600_000);
    const world = await campaignWorld({ leads: 1, startsAt });
    await expect(scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps)).resolves.toMatchObject({ status: CampaignStatus.SCHEDULED });
    const run = world.recorded.events.find((e) => e.name === "comunicador/campaign.run-requested");
    expect(run?.data).toEqual({ campaignId: world.campaign.id, runAt: startsAt.toISOString() });
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps, new Date(+startsAt - 1_000))).toMatchObject({ kind: "wait", ms: 1_000 });
    await runCampaignStep(world.db, world.campaign.id, world.deps, startsAt);
    await sendQueued(world.campaign.id);
    await runCampaignStep(world.db, world.campaign.id, world.deps, startsAt);
    expect(await testDb().campaign.findUniqueOrThrow({ where: { id: world.campaign.id } })).toMatchObject({ status: CampaignStatus.DONE, startedAt: startsAt });
  });

  it("renders each lead's message with the owner as broker, assigns the conversation to the owner and writes the history", async () => {
    const world = await campaignWorld({ leads: 2 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    await runCampaignStep(world.db, world.campaign.id, world.deps);
    const messages = await campaignMessages(world.campaign.id);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      const lead = world.leads.find((l) => l.id === message.conversation.leadId)!;
      expect(message).toMatchObject({ status: "QUEUED", type: "TEMPLATE", templateId: world.template.id, senderId: world.creator.id, clientRequestId: campaignRequestId(world.campaign.id, lead.id) });
      expect(message.templateParams).toEqual([lead.name, world.owner.name, world.development.name]);
      expect(message.body).toContain(world.owner.name);
      expect(message.conversation).toMatchObject({ assigneeId: world.owner.id, status: "OPEN", initiatedBy: "BUSINESS", lastMessageStatus: "QUEUED" });
      const history = await testDb().leadEvent.findMany({ where: { leadId: lead.id, conversationId: message.conversationId }, orderBy: { createdAt: "asc" } });
      expect(history.map((e) => e.type)).toEqual(["CONVERSATION_STARTED", "TEMPLATE_SENT"]);
      expect(history[1]?.data).toMatchObject({ campaignId: world.campaign.id });
    }
    // No conversation/expire run per conversation: the overdue sweep closes unanswered campaign conversations.
    expect(world.recorded.armed).toEqual([]);
  });

  it("fills the body parameters the campaign chose (fixed text), and hands a finished conversation to the owner, not the creator", async () => {
    const world = await campaignWorld({ leads: 1 });
    await testDb().campaign.update({ where: { id: world.campaign.id }, data: { variableSources: [{ index: 3, source: "FIXED", value: "Jardins — pré-lançamento" }] } });
    const [lead] = world.leads;
    const previous = await testDb().conversation.create({
      data: { leadId: lead!.id, channelId: world.channel.id, assigneeId: world.creator.id, status: "CLOSED", initiatedBy: "LEAD", closedAt: new Date() },
    });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    await runCampaignStep(world.db, world.campaign.id, world.deps);
    const [message] = await campaignMessages(world.campaign.id);
    expect(message?.templateParams).toEqual([lead!.name, world.owner.name, "Jardins — pré-lançamento"]);
    expect(message?.body).toContain("Jardins — pré-lançamento");
    expect(message?.conversation).toMatchObject({ id: previous.id, assigneeId: world.owner.id, status: "OPEN", initiatedBy: "BUSINESS", closedAt: null });
    const assigned = await testDb().leadEvent.findFirstOrThrow({ where: { conversationId: previous.id, type: "CONVERSATION_ASSIGNED" } });
    expect(assigned.data).toEqual({ assigneeId: world.owner.id, previousAssigneeId: world.creator.id });
  });

  it("refuses a lead who opted out after the selection, with the reason, and queues the others", async () => {
    const world = await campaignWorld({ leads: 3 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const [late] = world.leads;
    await testDb().lead.update({ where: { id: late!.id }, data: { marketingOptOutAt: new Date() } });
    await runCampaignStep(world.db, world.campaign.id, world.deps);
    const refused = await testDb().campaignRecipient.findUniqueOrThrow({ where: { campaignId_leadId: { campaignId: world.campaign.id, leadId: late!.id } } });
    expect(refused).toMatchObject({ status: "FAILED", reasonCode: "leads.marketingOptedOut", messageId: null });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 2, FAILED: 1 });
  });

  it("a lead without an owner is refused when the template names the broker", async () => {
    const world = await campaignWorld({ leads: 2 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    await testDb().lead.update({ where: { id: world.leads[0]!.id }, data: { ownerId: null } });
    await runCampaignStep(world.db, world.campaign.id, world.deps);
    expect(await testDb().campaignRecipient.findFirstOrThrow({ where: { campaignId: world.campaign.id, leadId: world.leads[0]!.id } })).toMatchObject({ status: "FAILED", reasonCode: "campaigns.ownerMissing" });
  });

  it("never queues a lead twice: steps run at once, a retried step, a second run", async () => {
    const world = await campaignWorld({ leads: 30, throughputMps: 2 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const step = () => runCampaignStep(world.db, world.campaign.id, world.deps);
    // Chunks of 10 (2/s × 5 s); four steps at once take disjoint recipients, and more steps finish the rest.
    await Promise.all([step(), step(), step(), step()]);
    for (let i = 0; i < 5; i++) await step();
    const messages = await campaignMessages(world.campaign.id);
    expect(messages).toHaveLength(30);
    expect(new Set(messages.map((m) => m.conversation.leadId)).size).toBe(30);
    expect(await testDb().message.count({ where: { clientRequestId: { startsWith: `campaign-${world.campaign.id}-` } } })).toBe(30);
    expect(new Set(world.recorded.sends.map((s) => s.messageId)).size).toBe(30);
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 30 });
  });

  it("steps run at once never queue past the tier together: each counts what the one before queued", async () => {
    const world = await campaignWorld({ leads: 60, messagingTier: "TIER_50", throughputMps: 4 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const step = () => runCampaignStep(world.db, world.campaign.id, world.deps);
    // Chunks of 20 (4/s × 5 s): four at once would queue 80 if each read the tier's room alone.
    await Promise.all([step(), step(), step(), step()]);
    expect(await campaignMessages(world.campaign.id)).toHaveLength(50);
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 50, HELD: 10 });
  });

  it("a step retried after its send request failed asks again for the messages its first attempt queued, under the same event ids", async () => {
    const world = await campaignWorld({ leads: 3 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const down = { ...world.deps, jobs: recordingJobs({ fail: true }).jobs };
    await expect(runCampaignStep(world.db, world.campaign.id, down)).rejects.toThrow("executor down");
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 3 });
    expect(world.recorded.sends).toHaveLength(0);
    await runCampaignStep(world.db, world.campaign.id, world.deps, new Date(), { retry: true });
    const messages = await campaignMessages(world.campaign.id);
    expect(world.recorded.sends.map((s) => s.messageId).sort()).toEqual(messages.map((m) => m.id).sort());
    expect(world.recorded.sends.every((s) => s.eventId === `message-send-${s.messageId}`)).toBe(true);
  });

  it("a chunk does not queue for a campaign paused after the step read it running", async () => {
    const world = await campaignWorld({ leads: 2 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    const context = await loadContextFor(world.campaign.id);
    await testDb().campaign.update({ where: { id: world.campaign.id }, data: { status: "PAUSED" } });
    const chunk = await queueCampaignChunk(world.db, { ...world.campaign, channel: world.channel }, context, 10);
    expect(chunk.queued).toHaveLength(0);
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ QUEUED: 2 });
  });

  it("stops when paused or cancelled, and when the template is no longer approved it pauses itself with the reason", async () => {
    const world = await campaignWorld({ leads: 2 });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    await testDb().messageTemplate.update({ where: { id: world.template.id }, data: { status: "PAUSED" } });
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toEqual({ kind: "stopped", status: CampaignStatus.PAUSED });
    expect(await testDb().campaign.findUniqueOrThrow({ where: { id: world.campaign.id } })).toMatchObject({ status: "PAUSED", pauseReasonCode: "campaigns.templateNotApproved" });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ QUEUED: 2 });
  });

  it("sends the template's header file read with the template each step, and pauses itself when the file is deleted mid-run", async () => {
    const world = await campaignWorld({ leads: 6, throughputMps: 1 });
    const photo = await testDb().mediaAsset.create({
      data: { kind: "PHOTO", title: "Fachada", fileName: "fachada.png", mimeType: "image/png", sizeBytes: 2_000, storageKey: `test/${world.campaign.id}.png` },
    });
    await testDb().messageTemplate.update({ where: { id: world.template.id }, data: { headerFormat: "IMAGE", headerMediaAssetId: photo.id } });
    await scheduleCampaign(world.db, world.creator, { campaignId: world.campaign.id }, world.deps);
    // Chunks of 5 (1/s × 5 s): the first step queues five with the file.
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toMatchObject({ kind: "wait", queued: 5 });
    const sent = await campaignMessages(world.campaign.id);
    expect(sent.map((m) => m.mediaAssetId)).toEqual(Array(5).fill(photo.id));

    await testDb().mediaAsset.delete({ where: { id: photo.id } });
    expect(await runCampaignStep(world.db, world.campaign.id, world.deps)).toEqual({ kind: "stopped", status: CampaignStatus.PAUSED });
    expect(await testDb().campaign.findUniqueOrThrow({ where: { id: world.campaign.id } })).toMatchObject({ status: "PAUSED", pauseReasonCode: "leads.templateHeaderMissing" });
    expect(await recipientsByStatus(world.campaign.id)).toEqual({ SENT: 5, QUEUED: 1 });
  });
});
