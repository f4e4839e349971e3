import { describe, expect, it, vi } from "vitest";
import { CampaignStatus, ChannelMode, TemplateStatus } from "@/generated/prisma/enums";
import { seedTag } from "@/prisma/seed/catalog";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { Permission } from "@/server/auth/permissions";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";

// The procedures' side effects after the commit are recorded, not sent to Inngest/Pusher.
vi.mock("@/server/services/campaigns/campaign-deps", async () => {
  const { recordingJobs } = await import("@/test/recording-jobs");
  return { defaultCampaignDeps: { jobs: recordingJobs().jobs, publish: async () => undefined } };
});

async function campaignsOnly() {
  const profile = await testDb().accessProfile.create({ data: { name: `Só campanhas ${uniqueSuffix()}`, permissions: [Permission.CAMPAIGNS] } });
  return seedUser(testDb(), { accessProfileId: profile.id });
}

// A tag of its own with two leads, one of them opted out of marketing.
async function segment() {
  const tag = await seedTag(testDb());
  await seedLead(testDb(), { tagIds: [tag.id] });
  const optedOut = await seedLead(testDb(), { tagIds: [tag.id] });
  await testDb().lead.update({ where: { id: optedOut.id }, data: { marketingOptOutAt: new Date() } });
  return { tagIds: [tag.id] };
}

async function draftInput(overrides: Record<string, unknown> = {}) {
  const channel = await seedChannel(testDb());
  const template = await seedTemplate(testDb(), { channelId: channel.id });
  return { name: "Lançamento Jardins", channelId: channel.id, templateId: template.id, segment: await segment(), sendingFromMinute: 540, sendingUntilMinute: 1200, ...overrides };
}

describe("campaigns procedures", () => {
  it("previewSegment answers admins and Campanhas holders with the live count and exclusions; managers and brokers are refused", async () => {
    const filters = await segment();
    const expected = { matched: 2, eligible: 1, excluded: { optedOut: 1, noPhone: 0, contactedToday: 0 } };
    for (const user of [await seedUser(testDb(), { profile: "admin" }), await campaignsOnly()]) {
      await expect(callerFor(user).campaigns.previewSegment({ segment: filters })).resolves.toEqual(expected);
    }
    for (const profile of ["manager", "broker"] as const) {
      const user = await seedUser(testDb(), { profile });
      await expect(callerFor(user).campaigns.previewSegment({ segment: filters })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerFor(null).campaigns.previewSegment({ segment: filters })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("createDraft saves a draft for admins and Campanhas holders; managers and brokers are refused", async () => {
    for (const user of [await seedUser(testDb(), { profile: "admin" }), await campaignsOnly()]) {
      const input = await draftInput();
      const created = await callerFor(user).campaigns.createDraft(input);
      expect(created).toMatchObject({ status: CampaignStatus.DRAFT, segment: { eligible: 1 } });
      const stored = await testDb().campaign.findUniqueOrThrow({ where: { id: created.id } });
      expect(stored).toMatchObject({ createdById: user.id, channelId: input.channelId, templateId: input.templateId, sendingFromMinute: 540, sendingUntilMinute: 1200 });
      expect(stored.segment).toMatchObject({ tagIds: input.segment.tagIds });
    }
    for (const profile of ["manager", "broker"] as const) {
      const user = await seedUser(testDb(), { profile });
      const input = await draftInput();
      await expect(callerFor(user).campaigns.createDraft(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await testDb().campaign.count({ where: { channelId: input.channelId } })).toBe(0);
    }
  });

  it("createDraft refuses a channel that cannot start conversations, with the pt-BR reason's key", async () => {
    const api = callerFor(await campaignsOnly());
    const receptive = await seedChannel(testDb(), { mode: ChannelMode.RECEPTIVE });
    const disabled = await seedChannel(testDb());
    await testDb().channel.update({ where: { id: disabled.id }, data: { enabled: false } });
    for (const channel of [receptive, disabled]) {
      const template = await seedTemplate(testDb(), { channelId: channel.id });
      const input = await draftInput({ channelId: channel.id, templateId: template.id });
      await expect(api.campaigns.createDraft(input)).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "campaigns.channelCannotStart" });
    }
    await expect(api.campaigns.createDraft(await draftInput({ channelId: "no-such-channel" }))).rejects.toMatchObject({ message: "campaigns.channelCannotStart" });
  });

  it("createDraft refuses a template of another channel or not approved", async () => {
    const api = callerFor(await campaignsOnly());
    const input = await draftInput();
    const otherChannel = await seedChannel(testDb());
    const elsewhere = await seedTemplate(testDb(), { channelId: otherChannel.id });
    await expect(api.campaigns.createDraft({ ...input, templateId: elsewhere.id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "campaigns.templateNotOnChannel" });
    for (const status of [TemplateStatus.PENDING, TemplateStatus.REJECTED, TemplateStatus.PAUSED]) {
      const template = await seedTemplate(testDb(), { channelId: input.channelId, status });
      await expect(api.campaigns.createDraft({ ...input, templateId: template.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "campaigns.templateNotApproved" });
    }
    expect(await testDb().campaign.count({ where: { channelId: input.channelId } })).toBe(0);
  });

  it("createDraft refuses a segment nobody in it can receive, and sending hours that end before they start", async () => {
    const api = callerFor(await campaignsOnly());
    const tag = await seedTag(testDb());
    const optedOut = await seedLead(testDb(), { tagIds: [tag.id] });
    await testDb().lead.update({ where: { id: optedOut.id }, data: { marketingOptOutAt: new Date() } });
    await expect(api.campaigns.createDraft(await draftInput({ segment: { tagIds: [tag.id] } }))).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "campaigns.segmentEmpty" });
    await expect(api.campaigns.createDraft(await draftInput({ sendingFromMinute: 1200, sendingUntilMinute: 540 }))).rejects.toMatchObject({ code: "BAD_REQUEST", message: "campaigns.sendingHoursInvalid" });
  });

  it("schedule, pause, resume and cancel answer admins and Campanhas holders, with an audit entry each; managers and brokers are refused", async () => {
    for (const user of [await seedUser(testDb(), { profile: "admin" }), await campaignsOnly()]) {
      const api = callerFor(user);
      const { id: campaignId } = await api.campaigns.createDraft(await draftInput());
      await expect(api.campaigns.schedule({ campaignId })).resolves.toMatchObject({ status: CampaignStatus.RUNNING, recipients: 1 });
      await expect(api.campaigns.pause({ campaignId })).resolves.toMatchObject({ status: CampaignStatus.PAUSED });
      await expect(api.campaigns.resume({ campaignId })).resolves.toMatchObject({ status: CampaignStatus.RUNNING });
      await expect(api.campaigns.cancel({ campaignId })).resolves.toMatchObject({ status: CampaignStatus.CANCELLED });
      const actions = (await testDb().auditLog.findMany({ where: { entityId: campaignId }, orderBy: { createdAt: "asc" } })).map((a) => [a.action, a.actorId]);
      expect(actions).toEqual(["campaign.scheduled", "campaign.paused", "campaign.resumed", "campaign.cancelled"].map((action) => [action, user.id]));
    }
    const admin = callerFor(await seedUser(testDb(), { profile: "admin" }));
    const { id: campaignId } = await admin.campaigns.createDraft(await draftInput());
    for (const profile of ["manager", "broker"] as const) {
      const api = callerFor(await seedUser(testDb(), { profile }));
      for (const call of [api.campaigns.schedule, api.campaigns.pause, api.campaigns.resume, api.campaigns.cancel]) {
        await expect(call({ campaignId })).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    }
    await expect(callerFor(null).campaigns.schedule({ campaignId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await testDb().campaign.findUniqueOrThrow({ where: { id: campaignId } })).toMatchObject({ status: CampaignStatus.DRAFT });
  });

  it("refuses a change the campaign's status does not allow, and an unknown campaign, with the pt-BR reason's key", async () => {
    const api = callerFor(await campaignsOnly());
    const { id: campaignId } = await api.campaigns.createDraft(await draftInput());
    await expect(api.campaigns.pause({ campaignId })).rejects.toMatchObject({ code: "CONFLICT", message: "campaigns.statusNotAllowed" });
    await expect(api.campaigns.resume({ campaignId })).rejects.toMatchObject({ code: "CONFLICT", message: "campaigns.statusNotAllowed" });
    await api.campaigns.cancel({ campaignId });
    await expect(api.campaigns.schedule({ campaignId })).rejects.toMatchObject({ code: "CONFLICT", message: "campaigns.notDraft" });
    await expect(api.campaigns.schedule({ campaignId: "no-such-campaign" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "campaigns.notFound" });
  });
});
