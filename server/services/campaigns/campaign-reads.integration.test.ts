import { describe, expect, it } from "vitest";
import { CampaignStatus } from "@/generated/prisma/enums";
import { seedCampaign, seedCampaignRecipient, type SeededRecipientState } from "@/prisma/seed/campaigns";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { Permission } from "@/server/auth/permissions";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { bucketMinutes } from "./campaign-results";

const MIN = 60_000;
const T0 = new Date("2026-11-20T12:00:00Z");
const at = (minutes: number) => new Date(+T0 + minutes * MIN);

async function campaignsOnly() {
  const profile = await testDb().accessProfile.create({ data: { name: `Só campanhas ${uniqueSuffix()}`, permissions: [Permission.CAMPAIGNS] } });
  return seedUser(testDb(), { accessProfileId: profile.id });
}

// One recipient in each state the screens tell apart, named after it.
const STATES: Record<string, SeededRecipientState> = {
  Waiting: { kind: "WAITING" },
  Held: { kind: "HELD", reasonCode: "campaigns.heldTierLimit", notBefore: at(24 * 60) },
  Refused: { kind: "REFUSED", reasonCode: "leads.marketingOptedOut" },
  Queued: { kind: "MESSAGE", status: "QUEUED" },
  Sent: { kind: "MESSAGE", status: "SENT", sentAt: at(1) },
  Delivered: { kind: "MESSAGE", status: "DELIVERED", sentAt: at(2), deliveredAt: at(3) },
  Read: { kind: "MESSAGE", status: "READ", sentAt: at(2), deliveredAt: at(4), readAt: at(20) },
  Replied: { kind: "MESSAGE", status: "READ", sentAt: at(3), deliveredAt: at(4), readAt: at(30), repliedAt: at(70) },
  Bounced: { kind: "MESSAGE_FAILED", errorCode: 131026, failedAt: at(5) },
};

async function seededCampaign(status: CampaignStatus = CampaignStatus.DONE) {
  const channel = await seedChannel(testDb());
  const template = await seedTemplate(testDb(), { channelId: channel.id });
  const campaign = await seedCampaign(testDb(), { channelId: channel.id, templateId: template.id, status, pauseReasonCode: status === CampaignStatus.PAUSED ? "campaigns.pausedByMeta131048" : null });
  const word = uniqueSuffix();
  const leads: Record<string, string> = {};
  for (const [name, state] of Object.entries(STATES)) {
    const lead = await seedLead(testDb(), { name: `${name} ${word}` });
    leads[name] = lead.id;
    await seedCampaignRecipient(testDb(), { campaignId: campaign.id, channelId: channel.id, templateId: template.id, leadId: lead.id, state });
  }
  return { campaign, channel, template, leads, word };
}

describe("campaign reads", () => {
  it("recipients derive each status from the engine's row and the linked message, with the reason", async () => {
    const { campaign, word } = await seededCampaign();
    const api = callerFor(await campaignsOnly());
    const page = await api.campaigns.recipients({ campaignId: campaign.id });
    const byName: Record<string, (typeof page.items)[number]> = Object.fromEntries(page.items.map((item) => [item.leadName?.replace(` ${word}`, "") ?? "", item]));
    expect(page.total).toBe(9);
    expect(Object.fromEntries(Object.entries(byName).map(([name, item]) => [name, item.status]))).toEqual({
      Waiting: "WAITING",
      Held: "HELD",
      Refused: "FAILED",
      Queued: "QUEUED",
      Sent: "SENT",
      Delivered: "DELIVERED",
      Read: "READ",
      Replied: "REPLIED",
      Bounced: "FAILED",
    });
    expect(byName.Held).toMatchObject({ reason: { kind: "campaign", code: "campaigns.heldTierLimit" }, notBefore: at(24 * 60) });
    expect(byName.Refused?.reason).toEqual({ kind: "campaign", code: "leads.marketingOptedOut" });
    expect(byName.Bounced?.reason).toEqual({ kind: "meta", code: 131026 });
    expect(byName.Replied).toMatchObject({ sentAt: at(3), deliveredAt: at(4), readAt: at(30), repliedAt: at(70) });
    expect(byName.Sent?.reason).toBeNull();
  });

  it("a READ without DELIVERED counts as delivered, from the status events when the columns are empty", async () => {
    const channel = await seedChannel(testDb());
    const template = await seedTemplate(testDb(), { channelId: channel.id });
    const campaign = await seedCampaign(testDb(), { channelId: channel.id, templateId: template.id });
    const lead = await seedLead(testDb());
    const recipient = await seedCampaignRecipient(testDb(), { campaignId: campaign.id, channelId: channel.id, templateId: template.id, leadId: lead.id, state: { kind: "MESSAGE", status: "READ" } });
    const message = await testDb().message.findUniqueOrThrow({ where: { id: recipient.messageId ?? "" } });
    await testDb().messageStatusEvent.createMany({
      data: [
        { messageId: message.id, wamid: message.wamid ?? "", status: "SENT", occurredAt: at(1) },
        { messageId: message.id, wamid: message.wamid ?? "", status: "READ", occurredAt: at(9) },
      ],
    });
    const [row] = (await callerFor(await campaignsOnly()).campaigns.recipients({ campaignId: campaign.id })).items;
    expect(row).toMatchObject({ status: "READ", sentAt: at(1), deliveredAt: at(9), readAt: at(9) });
  });

  it("recipients filter by derived status and by the lead's name or phone, in pages", async () => {
    const { campaign, word } = await seededCampaign();
    const api = callerFor(await campaignsOnly());
    const failed = await api.campaigns.recipients({ campaignId: campaign.id, status: "FAILED" });
    expect(failed.items.map((i) => i.leadName).sort()).toEqual([`Bounced ${word}`, `Refused ${word}`]);
    expect((await api.campaigns.recipients({ campaignId: campaign.id, search: `replied ${word}` })).items).toHaveLength(1);
    const phone = (await testDb().lead.findFirstOrThrow({ where: { name: `Held ${word}` } })).phoneE164 ?? "";
    const byPhone = await api.campaigns.recipients({ campaignId: campaign.id, search: phone.slice(-8) });
    expect(byPhone.items.map((i) => i.leadName)).toEqual([`Held ${word}`]);
    expect(await api.campaigns.recipients({ campaignId: campaign.id, page: 1 })).toMatchObject({ total: 9, items: [] });
  });

  it("get counts recipients by derived status, the progress and the pause reason", async () => {
    const { campaign } = await seededCampaign(CampaignStatus.PAUSED);
    const got = await callerFor(await campaignsOnly()).campaigns.get({ campaignId: campaign.id });
    expect(got).toMatchObject({ status: "PAUSED", pauseReasonCode: "campaigns.pausedByMeta131048" });
    expect(got.counts).toEqual({ WAITING: 1, HELD: 1, QUEUED: 1, SENT: 1, DELIVERED: 1, READ: 1, REPLIED: 1, FAILED: 2 });
    expect(got.progress).toEqual({ total: 9, done: 7, pending: 2, failed: 2, percent: 77 });
    await expect(callerFor(await campaignsOnly()).campaigns.get({ campaignId: "no-such-campaign" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "campaigns.notFound" });
  });

  it("list shows each campaign with channel, template, status and counts", async () => {
    const { campaign, channel, template } = await seededCampaign();
    const listed = (await callerFor(await campaignsOnly()).campaigns.list()).find((c) => c.id === campaign.id);
    expect(listed).toMatchObject({ name: campaign.name, status: "DONE", channel: { id: channel.id }, template: { id: template.id }, counts: { total: 9, sent: 4, failed: 2 } });
  });

  it("results count sent, delivered, read and replied cumulatively in buckets from the first send", async () => {
    const { campaign } = await seededCampaign();
    const results = await callerFor(await campaignsOnly()).campaigns.results({ campaignId: campaign.id });
    // First send at +1 min, last event the reply at +70 min: 5-minute buckets from 12:00. The bounced
    // message never left (no sentAt), so it counts in no rate.
    expect(results.bucketMinutes).toBe(5);
    expect(results.totals).toEqual({ sent: 4, delivered: 3, read: 2, replied: 1 });
    const first = results.buckets[0];
    expect(first).toEqual({ at: T0, sent: 4, delivered: 3, read: 0, replied: 0 });
    const bucketAt = (minutes: number) => results.buckets.find((b) => +b.at === +at(minutes));
    expect(bucketAt(15)).toMatchObject({ delivered: 3, read: 0 });
    expect(bucketAt(20)).toMatchObject({ delivered: 3, read: 1 });
    expect(bucketAt(70)).toMatchObject({ read: 2, replied: 1 });
    expect(results.buckets.at(-1)?.at).toEqual(at(70));
  });

  it("picks the finest bucket that keeps the chart under 48 points", () => {
    expect(bucketMinutes(T0, at(60))).toBe(5);
    expect(bucketMinutes(T0, at(6 * 60))).toBe(15);
    expect(bucketMinutes(T0, at(24 * 60))).toBe(60);
    expect(bucketMinutes(T0, at(7 * 24 * 60))).toBe(6 * 60);
    expect(bucketMinutes(T0, at(30 * 24 * 60))).toBe(24 * 60);
  });

  it("every read is for admins and Campanhas holders; managers and brokers are refused", async () => {
    const { campaign } = await seededCampaign();
    const input = { campaignId: campaign.id };
    for (const user of [await seedUser(testDb(), { profile: "admin" }), await campaignsOnly()]) {
      const api = callerFor(user);
      await expect(api.campaigns.list()).resolves.toBeInstanceOf(Array);
      await expect(api.campaigns.get(input)).resolves.toMatchObject({ id: campaign.id });
      await expect(api.campaigns.recipients(input)).resolves.toMatchObject({ total: 9 });
      await expect(api.campaigns.results(input)).resolves.toMatchObject({ totals: { sent: 4 } });
      await expect(api.campaigns.builderOptions()).resolves.toMatchObject({ channels: expect.any(Array) });
    }
    for (const profile of ["manager", "broker"] as const) {
      const api = callerFor(await seedUser(testDb(), { profile }));
      for (const call of [api.campaigns.list(), api.campaigns.get(input), api.campaigns.recipients(input), api.campaigns.results(input), api.campaigns.builderOptions()]) {
        await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    }
    await expect(callerFor(null).campaigns.get(input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("builderOptions lists active channels that may start conversations with their approved templates only", async () => {
    const channel = await seedChannel(testDb());
    const approved = await seedTemplate(testDb(), { channelId: channel.id });
    await seedTemplate(testDb(), { channelId: channel.id, status: "PENDING" });
    const options = await callerFor(await campaignsOnly()).campaigns.builderOptions();
    const listed = options.channels.find((c) => c.id === channel.id);
    expect(listed?.templates.map((t) => t.id)).toEqual([approved.id]);
    expect(listed?.templates[0]?.variables.map((v) => v.variable)).toEqual(["CLIENT_NAME", "BROKER_NAME", "DEVELOPMENT_NAME"]);
  });
});
