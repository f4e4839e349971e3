// The sends phase's world for campaigns, the realistic source of 1,000 msg/s: 20 active channels
// the WhatsApp sandbox knows (an unlimited messaging tier, so the tier never holds anyone back),
// each with an approved template and a draft campaign whose segment is one broker's leads. Each
// lead's name carries its mark ("[run-index]"), which the template's {{1}} puts in the text the
// sandbox logs: how the checks tell one message from another.
import { LeadOrigin } from "../generated/prisma/enums";
import { seedChannel, seedTemplate, TEMPLATE_VARIABLES } from "../prisma/seed/channels";
import { seedUser } from "../prisma/seed/users";
import { loadActor } from "../server/auth/load-actor";
import type { Db } from "../server/db";
import { brazilPhoneKey } from "../server/meta/phone";
import { SEND_CHANNELS, type SendWorld } from "./send-world";

export type CampaignSendWorld = SendWorld & { campaignIds: string[] };

async function sandboxCall(url: string, method: string, body: unknown) {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
}

export async function seedCampaignSendWorld(db: Db, sandboxUrl: string, messages: number, throughputMps: number, markOf: (index: number) => string): Promise<CampaignSendWorld> {
  const creator = await seedUser(db, { profile: "admin", name: "Administradora Bench Campanhas" });
  const channels: Awaited<ReturnType<typeof seedChannel>>[] = [];
  const owners: Awaited<ReturnType<typeof seedUser>>[] = [];
  const templates: Awaited<ReturnType<typeof seedTemplate>>[] = [];
  for (let i = 0; i < SEND_CHANNELS; i++) {
    const channel = await seedChannel(db, { name: `Bench campanhas ${i + 1}`, throughputMps });
    await db.channel.update({ where: { id: channel.id }, data: { messagingTier: "TIER_UNLIMITED" } });
    await sandboxCall(`${sandboxUrl}/_sandbox/numbers/${channel.phoneNumberId}`, "PUT", { wabaId: channel.wabaId, displayPhoneNumber: channel.displayPhoneNumber, verifiedName: channel.name });
    channels.push(channel);
    owners.push(await seedUser(db, { profile: "broker" }));
    templates.push(
      await seedTemplate(db, { channelId: channel.id, body: "Olá {{1}}! O lançamento abriu hoje.", variables: [{ index: 1, variable: TEMPLATE_VARIABLES.CLIENT_NAME, example: "Maria" }] }),
    );
  }

  const prefix = `campaign-send-${Date.now()}`;
  const leads = Array.from({ length: messages }, (_, i) => {
    const waId = `55219${String(70_000_000 + i)}`;
    return { id: `${prefix}-lead-${i}`, waId, channel: channels[i % SEND_CHANNELS]!, ownerId: owners[i % SEND_CHANNELS]!.id, name: `Lead ${markOf(i)}` };
  });
  for (let i = 0; i < leads.length; i += 5_000) {
    await db.lead.createMany({
      data: leads.slice(i, i + 5_000).map(({ id, waId, ownerId, name }) => ({ id, name, phoneE164: `+${waId}`, phoneKey: brazilPhoneKey(`+${waId}`), waId, origin: LeadOrigin.WHATSAPP, ownerId })),
    });
  }
  const campaignIds = [];
  for (let i = 0; i < SEND_CHANNELS; i++) {
    const campaign = await db.campaign.create({
      data: {
        name: `Lançamento bench ${i + 1}`,
        channelId: channels[i]!.id,
        templateId: templates[i]!.id,
        segment: { ownerIds: [owners[i]!.id] },
        sendingFromMinute: 0,
        sendingUntilMinute: 24 * 60,
        createdById: creator.id,
      },
      select: { id: true },
    });
    campaignIds.push(campaign.id);
  }

  const actor = await loadActor(db, creator.id);
  if (!actor) throw new Error("the bench's campaign creator is not loadable");
  return {
    actor,
    campaignIds,
    channels: channels.map(({ id, phoneNumberId, throughputMps: mps }) => ({ id, phoneNumberId, throughputMps: mps })),
    plan: leads.map(({ waId, channel }) => ({ conversationId: "", phoneNumberId: channel.phoneNumberId, to: waId })),
  };
}
