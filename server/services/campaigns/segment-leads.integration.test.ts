import { describe, expect, it } from "vitest";
import { LeadOrigin, MessageDirection, MessageStatus } from "@/generated/prisma/enums";
import { seedDevelopment, seedTag } from "@/prisma/seed/catalog";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedQueue } from "@/prisma/seed/queues";
import { seedUser } from "@/prisma/seed/users";
import { testDb } from "@/test/db";
import { segmentFilters } from "./segment-filters";
import { segmentLeads } from "./segment-leads";

// Tests share one database: every segment is narrowed by a tag of its own.
async function scope() {
  const tag = await seedTag(testDb());
  const lead = (input: Parameters<typeof seedLead>[1] = {}) => seedLead(testDb(), { ...input, tagIds: [tag.id, ...(input.tagIds ?? [])] });
  const count = (filters: Record<string, unknown> = {}, now?: Date) => {
    const parsed = segmentFilters.parse({ ...filters, tagIds: [tag.id, ...((filters.tagIds as string[]) ?? [])] });
    return segmentLeads(testDb(), parsed, now);
  };
  return { tag, lead, count };
}

const none = { optedOut: 0, noPhone: 0, contactedToday: 0 };

describe("segmentLeads", () => {
  it("keeps leads with any of the chosen tags", async () => {
    const db = testDb();
    const [a, b, other] = [await seedTag(db), await seedTag(db), await seedTag(db)];
    await seedLead(db, { tagIds: [a.id] });
    await seedLead(db, { tagIds: [a.id, b.id] });
    await seedLead(db, { tagIds: [b.id] });
    await seedLead(db, { tagIds: [other.id] });
    const count = (tagIds: string[]) => segmentLeads(db, segmentFilters.parse({ tagIds }));
    expect(await count([a.id, b.id])).toEqual({ matched: 3, eligible: 3, excluded: none });
    expect((await count([a.id])).matched).toBe(2);
  });

  it("keeps leads of the chosen developments, and filters by all the lists together", async () => {
    const { lead, count } = await scope();
    const [jardins, parque] = [await seedDevelopment(testDb()), await seedDevelopment(testDb())];
    await lead({ developmentIds: [jardins.id] });
    await lead({ developmentIds: [jardins.id, parque.id] });
    await lead({ developmentIds: [parque.id] });
    await lead();
    expect((await count({ developmentIds: [jardins.id] })).matched).toBe(2);
    expect((await count({ developmentIds: [jardins.id, parque.id] })).matched).toBe(3);
    expect((await count()).matched).toBe(4);
  });

  it("keeps leads of the chosen queues, owners and origins", async () => {
    const { lead, count } = await scope();
    const [queue, otherQueue] = [await seedQueue(testDb()), await seedQueue(testDb())];
    const [owner, otherOwner] = [await seedUser(testDb()), await seedUser(testDb())];
    await lead({ queueId: queue.id, ownerId: owner.id, origin: LeadOrigin.CHATBOT });
    await lead({ queueId: queue.id, ownerId: otherOwner.id, origin: LeadOrigin.IMPORT });
    await lead({ queueId: otherQueue.id, ownerId: owner.id, origin: LeadOrigin.CHATBOT });
    expect((await count({ queueIds: [queue.id] })).matched).toBe(2);
    expect((await count({ ownerIds: [owner.id] })).matched).toBe(2);
    expect((await count({ ownerIds: [owner.id, otherOwner.id] })).matched).toBe(3);
    expect((await count({ origins: [LeadOrigin.IMPORT] })).matched).toBe(1);
    expect((await count({ queueIds: [queue.id], ownerIds: [owner.id], origins: [LeadOrigin.CHATBOT] })).matched).toBe(1);
  });

  it("keeps leads by their last interaction, before or after a date; a lead never talked to has none", async () => {
    const { lead, count } = await scope();
    const channel = await seedChannel(testDb());
    const recent = await lead();
    const old = await lead();
    await lead();
    await seedConversation(testDb(), { leadId: recent.id, channelId: channel.id, messages: [{ direction: MessageDirection.INBOUND, body: "Oi", minutesAgo: 60 }] });
    await seedConversation(testDb(), { leadId: old.id, channelId: channel.id, messages: [{ direction: MessageDirection.INBOUND, body: "Oi", minutesAgo: 10 * 24 * 60 }] });
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    expect((await count({ lastInteractionAfter: threeDaysAgo })).matched).toBe(1);
    expect((await count({ lastInteractionBefore: threeDaysAgo })).matched).toBe(1);
    expect((await count({ lastInteractionAfter: new Date(Date.now() - 30 * 86_400_000), lastInteractionBefore: threeDaysAgo })).matched).toBe(1);
    expect((await count()).matched).toBe(3);
  });

  it("excludes leads opted out of marketing", async () => {
    const { lead, count } = await scope();
    const optedOut = await lead();
    await lead();
    await testDb().lead.update({ where: { id: optedOut.id }, data: { marketingOptOutAt: new Date() } });
    expect(await count()).toEqual({ matched: 2, eligible: 1, excluded: { ...none, optedOut: 1 } });
  });

  it("excludes leads with neither a phone nor a WhatsApp id, and counts a lead under its first reason only", async () => {
    const { lead, count } = await scope();
    const noPhone = await lead();
    const both = await lead();
    const waIdOnly = await lead();
    await lead();
    await testDb().lead.updateMany({ where: { id: { in: [noPhone.id, both.id] } }, data: { phoneE164: null, phoneKey: null, waId: null } });
    await testDb().lead.update({ where: { id: waIdOnly.id }, data: { phoneE164: null, phoneKey: null } });
    await testDb().lead.update({ where: { id: both.id }, data: { marketingOptOutAt: new Date() } });
    expect(await count()).toEqual({ matched: 4, eligible: 2, excluded: { optedOut: 1, noPhone: 1, contactedToday: 0 } });
  });

  it("excludes leads sent a message today in São Paulo, not those sent one yesterday there or whose send failed", async () => {
    const { lead, count } = await scope();
    const channel = await seedChannel(testDb());
    const outbound = async (status: MessageStatus, at: Date) => {
      const target = await lead();
      const conversation = await seedConversation(testDb(), {
        leadId: target.id,
        channelId: channel.id,
        messages: [{ direction: MessageDirection.OUTBOUND, body: "Novidades", minutesAgo: 0, status }],
      });
      await testDb().message.updateMany({ where: { conversationId: conversation.id }, data: { createdAt: at } });
    };
    // 12:00 UTC on 10 March is 09:00 in São Paulo; its day began at 03:00 UTC.
    const now = new Date("2026-03-10T12:00:00Z");
    await outbound(MessageStatus.DELIVERED, new Date("2026-03-10T03:30:00Z"));
    await outbound(MessageStatus.READ, new Date("2026-03-10T02:30:00Z"));
    await outbound(MessageStatus.FAILED, new Date("2026-03-10T10:00:00Z"));
    const inbound = await lead();
    await seedConversation(testDb(), { leadId: inbound.id, channelId: channel.id, messages: [{ direction: MessageDirection.INBOUND, body: "Oi", minutesAgo: 0 }] });
    await testDb().message.updateMany({ where: { conversation: { leadId: inbound.id } }, data: { createdAt: new Date("2026-03-10T11:00:00Z") } });

    expect(await count({}, now)).toEqual({ matched: 4, eligible: 3, excluded: { ...none, contactedToday: 1 } });
    expect((await count({}, new Date("2026-03-11T12:00:00Z"))).excluded.contactedToday).toBe(0);
  });
});
