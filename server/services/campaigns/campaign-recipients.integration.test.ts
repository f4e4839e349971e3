import { describe, expect, it } from "vitest";
import { CampaignRecipientStatus, CampaignStatus } from "@/generated/prisma/enums";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { testDb } from "@/test/db";

async function draftCampaign() {
  const db = testDb();
  const channel = await seedChannel(db);
  const template = await seedTemplate(db, { channelId: channel.id });
  const creator = await seedUser(db, { profile: "admin" });
  return db.campaign.create({
    data: {
      name: "Lançamento Jardins",
      channelId: channel.id,
      templateId: template.id,
      segment: { tagIds: [] },
      sendingFromMinute: 9 * 60,
      sendingUntilMinute: 20 * 60,
      createdById: creator.id,
    },
  });
}

describe("campaign recipients", () => {
  it("start as a draft and hold each lead at most once per campaign, even when the same leads are queued again", async () => {
    const db = testDb();
    const campaign = await draftCampaign();
    expect(campaign.status).toBe(CampaignStatus.DRAFT);
    const [a, b] = [await seedLead(db), await seedLead(db)];

    const first = await db.campaignRecipient.createMany({ data: [a, b].map((lead) => ({ campaignId: campaign.id, leadId: lead.id })), skipDuplicates: true });
    const retried = await db.campaignRecipient.createMany({ data: [a, b].map((lead) => ({ campaignId: campaign.id, leadId: lead.id })), skipDuplicates: true });
    expect([first.count, retried.count]).toEqual([2, 0]);
    await expect(db.campaignRecipient.create({ data: { campaignId: campaign.id, leadId: a.id } })).rejects.toMatchObject({ code: "P2002" });

    const recipients = await db.campaignRecipient.findMany({ where: { campaignId: campaign.id } });
    expect(recipients.map((r) => r.status)).toEqual([CampaignRecipientStatus.QUEUED, CampaignRecipientStatus.QUEUED]);

    // Another campaign may message the same lead.
    const other = await draftCampaign();
    await expect(db.campaignRecipient.create({ data: { campaignId: other.id, leadId: a.id } })).resolves.toMatchObject({ leadId: a.id });
  });
});
