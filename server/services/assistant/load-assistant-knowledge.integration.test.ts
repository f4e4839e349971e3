import { describe, expect, it } from "vitest";
import { MessageDirection } from "@/generated/prisma/enums";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedChannel } from "@/prisma/seed/channels";
import { JARDINS, MARINA } from "@/prisma/seed/demo-knowledge";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedStandardMessage } from "@/prisma/seed/queues";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { testDb } from "@/test/db";
import { loadAssistantKnowledge } from "./load-assistant-knowledge";
import { retrieve } from "./retrieve";

async function broker() {
  const user = await seedUser(testDb(), { profile: "broker" });
  const actor = await loadActor(testDb(), user.id);
  if (!actor) throw new Error("actor not loaded");
  return { user, actor };
}

describe("loadAssistantKnowledge", () => {
  it("reads the lead's developments, their facts and materials, the broker's standard messages and the recent text; retrieval answers from it", async () => {
    const { user, actor } = await broker();
    const other = await broker();
    const jardins = await seedDevelopment(testDb(), { ...JARDINS, name: `Residencial Jardins ${uniqueSuffix()}` });
    const unrelated = await seedDevelopment(testDb(), { name: `Outro ${uniqueSuffix()}` });
    const channel = await seedChannel(testDb(), { developmentIds: [jardins.id, unrelated.id] });
    const lead = await seedLead(testDb(), { ownerId: user.id, developmentIds: [jardins.id] });
    const own = await seedStandardMessage(testDb(), { title: `Minha ${uniqueSuffix()}`, ownerId: user.id });
    const theirs = await seedStandardMessage(testDb(), { title: `Dele ${uniqueSuffix()}`, ownerId: other.user.id });
    const conversation = await seedConversation(testDb(), {
      leadId: lead.id,
      channelId: channel.id,
      assigneeId: user.id,
      messages: [
        { direction: MessageDirection.INBOUND, body: "Oi, vi o anúncio", minutesAgo: 30 },
        { direction: MessageDirection.OUTBOUND, body: "Olá! Como posso ajudar?", minutesAgo: 20, senderId: user.id },
        { direction: MessageDirection.INBOUND, body: "qual o valor do 2 quartos?", minutesAgo: 10 },
      ],
    });

    const knowledge = await loadAssistantKnowledge(testDb(), actor, conversation.id);
    expect(knowledge.developmentSource).toBe("lead");
    expect(knowledge.developments).toEqual([expect.objectContaining({ id: jardins.id, deliveryMonth: "2027-12", typologies: JARDINS.typologies, amenities: JARDINS.amenities })]);
    expect(knowledge.materials.map((m) => m.id).sort()).toEqual(jardins.media.map((m) => m.id).sort());
    const standardIds = knowledge.standardMessages.map((m) => m.id);
    expect(standardIds).toContain(own.id);
    expect(standardIds).not.toContain(theirs.id);
    expect(knowledge.recentMessages.map((m) => m.text)).toEqual(["Oi, vi o anúncio", "Olá! Como posso ajudar?", "qual o valor do 2 quartos?"]);

    // A voice note asks by its transcript.
    await testDb().message.create({
      data: { conversationId: conversation.id, direction: "INBOUND", type: "AUDIO", status: "RECEIVED", transcript: "e onde fica o decorado?", transcriptStatus: "DONE" },
    });
    expect((await loadAssistantKnowledge(testDb(), actor, conversation.id)).recentMessages.at(-1)).toEqual({ direction: "INBOUND", text: "e onde fica o decorado?" });

    const result = retrieve(knowledge);
    expect(result.question).toBe("qual o valor do 2 quartos?");
    expect(result.facts[0]).toMatchObject({ ref: "F1", kind: "typology", typology: { bedrooms: 2 } });
    expect(result.facts[0]!.text).toContain("a partir de R$ 489.000");
    expect(result.materials[0]).toMatchObject({ kind: "PRICE_TABLE", id: jardins.media.find((m) => m.kind === "PRICE_TABLE")!.id });
  });

  it("falls back to the channel's developments when the lead has none, and refuses a conversation the broker cannot see", async () => {
    const { user, actor } = await broker();
    const stranger = await broker();
    const marina = await seedDevelopment(testDb(), { ...MARINA, name: `Edifício Marina ${uniqueSuffix()}`, media: [] });
    const channel = await seedChannel(testDb(), { developmentIds: [marina.id] });
    const lead = await seedLead(testDb(), { ownerId: user.id });
    const conversation = await seedConversation(testDb(), { leadId: lead.id, channelId: channel.id, assigneeId: user.id });

    const knowledge = await loadAssistantKnowledge(testDb(), actor, conversation.id);
    expect(knowledge).toMatchObject({ developmentSource: "channel", developments: [{ id: marina.id }] });
    await expect(loadAssistantKnowledge(testDb(), stranger.actor, conversation.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
