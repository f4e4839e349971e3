import { describe, expect, it, vi } from "vitest";
import { CampaignStatus, MessageDirection, MessageStatus } from "@/generated/prisma/client";
import { fakeWamid } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { statusesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { seedTemplate } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { publish } from "@/server/realtime/publish";
import { getDb } from "@/server/db";
import { postWebhook, seedWebhookChannel } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => getDb();

/** A running campaign's message, already sent (it has its wamid), as the status webhook finds it. */
async function campaignMessage() {
  const { channel, business } = await seedWebhookChannel(db());
  const template = await seedTemplate(db(), { channelId: channel.id });
  const lead = await seedLead(db());
  const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, messages: [] });
  const wamid = fakeWamid();
  const message = await db().message.create({ data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEMPLATE", body: "Olá!", wamid, status: MessageStatus.SENT } });
  const campaign = await db().campaign.create({
    data: { name: "Lançamento", channelId: channel.id, templateId: template.id, segment: {}, sendingFromMinute: 0, sendingUntilMinute: 1440, status: CampaignStatus.RUNNING },
  });
  await db().campaignRecipient.create({ data: { campaignId: campaign.id, leadId: lead.id, status: "SENT", messageId: message.id } });
  const fail = (code: number) => postWebhook(statusesWebhook({ business, statuses: [{ wamid, status: "failed", error: { code, title: "Meta" } }] }));
  return { campaign, fail };
}

describe("a failed status with Meta's quality or spam signal", () => {
  it.each([131048, 131049, 131056])("%i pauses the message's campaign with the code as its reason, and pushes its progress", async (code) => {
    const { campaign, fail } = await campaignMessage();
    await fail(code);
    expect(await db().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: CampaignStatus.PAUSED, pauseReasonCode: `campaigns.pausedByMeta${code}` });
    const pushes = vi.mocked(publish).mock.calls.flatMap(([list]) => list);
    expect(pushes).toContainEqual({ channel: "private-campaigns", event: { name: "campaign.progress", data: { campaignId: campaign.id } } });
  });

  it("other failures leave the campaign running, and the recipient row untouched", async () => {
    const { campaign, fail } = await campaignMessage();
    await fail(131026);
    expect(await db().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: CampaignStatus.RUNNING, pauseReasonCode: null });
    expect(await db().campaignRecipient.findFirstOrThrow({ where: { campaignId: campaign.id } })).toMatchObject({ status: "SENT" });
  });
});
