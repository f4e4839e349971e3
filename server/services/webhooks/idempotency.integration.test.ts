import { describe, expect, it, vi } from "vitest";
import { ConversationStatus, LeadEventType, MessageDirection } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { brazilPhoneKey } from "@/server/meta/phone";
import { inboundMessagesWebhook, statusesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid, inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedQueue } from "@/prisma/seed/queues";
import { seedUser } from "@/prisma/seed/users";
import { postWebhook, randomWaId, seedWebhookChannel } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => getDb();
const HOUR = 3_600_000;
const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

async function staffedChannel() {
  const development = await seedDevelopment(db(), { media: [] });
  const brokers = [await seedUser(db()), await seedUser(db())];
  const queue = await seedQueue(db(), { memberIds: brokers.map((b) => b.id), developmentIds: [development.id] });
  return { ...(await seedWebhookChannel(db(), { developmentIds: [development.id] })), queue, brokers };
}

async function leadState(waId: string) {
  const leads = await db().lead.findMany({ where: { phoneKey: brazilPhoneKey(`+${waId}`) }, include: { conversations: { include: { messages: true } }, events: true } });
  return { leads, conversations: leads.flatMap((l) => l.conversations), messages: leads.flatMap((l) => l.conversations.flatMap((c) => c.messages)) };
}

describe("idempotency", () => {
  it("stores a redelivered payload once", async () => {
    const { business } = await staffedChannel();
    const waId = randomWaId();
    const body = inboundMessagesWebhook({ business, contact: { name: "Duda", waId }, messages: [inboundMessage.text({ from: waId, body: "uma vez" })] });
    for (let i = 0; i < 3; i++) expect((await postWebhook(body)).status).toBe(200);
    const { leads, conversations, messages } = await leadState(waId);
    expect([leads.length, conversations.length, messages.length]).toEqual([1, 1, 1]);
    expect(conversations[0]?.unreadCount).toBe(1);
    expect(leads[0]?.events.filter((e) => e.type === LeadEventType.MESSAGE_RECEIVED)).toHaveLength(1);
  });

  it("survives 10 concurrent deliveries of a new lead's message: one lead, conversation, message and turn", async () => {
    const { business, queue, brokers } = await staffedChannel();
    const waId = randomWaId();
    const body = inboundMessagesWebhook({ business, contact: { name: "Enzo", waId }, messages: [inboundMessage.text({ from: waId, body: "dez vezes" })] });
    const responses = await Promise.all(Array.from({ length: 10 }, () => postWebhook(body)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const { leads, conversations, messages } = await leadState(waId);
    expect([leads.length, conversations.length, messages.length]).toEqual([1, 1, 1]);
    expect(conversations[0]?.unreadCount).toBe(1);
    expect(leads[0]?.events.filter((e) => e.type === LeadEventType.LEAD_CREATED)).toHaveLength(1);
    expect(leads[0]?.ownerId).toBe(brokers[0]?.id);
    expect((await db().leadQueue.findUniqueOrThrow({ where: { id: queue.id } })).lastAssignedUserId).toBe(brokers[0]?.id);
  });

  it("survives concurrent batches naming the same new leads in opposite orders", async () => {
    const { business } = await staffedChannel();
    const [a, b] = [randomWaId(), randomWaId()];
    const batch = (first: string, second: string) =>
      inboundMessagesWebhook({
        business,
        contact: { waId: first },
        messages: [inboundMessage.text({ from: first, body: "x" }), inboundMessage.text({ from: second, body: "y" })],
      });
    const bodies = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? batch(a, b) : batch(b, a)));
    const responses = await Promise.all(bodies.map((body) => postWebhook(body)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    for (const waId of [a, b]) {
      const { leads, conversations, messages } = await leadState(waId);
      expect([leads.length, conversations.length, messages.length]).toEqual([1, 1, 8]);
      expect(conversations[0]?.unreadCount).toBe(8);
    }
  });

  it("applies 10 concurrent deliveries of a status once", async () => {
    const { channel } = await seedWebhookChannel(db());
    const lead = await seedLead(db());
    const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, messages: [] });
    const wamid = fakeWamid();
    await db().message.create({ data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "oi", wamid, status: "SENT" } });
    const body = statusesWebhook({ business: { wabaId: channel.wabaId, phoneNumberId: channel.phoneNumberId, displayPhoneNumber: "1" }, statuses: [{ wamid, status: "delivered" }] });
    const responses = await Promise.all(Array.from({ length: 10 }, () => postWebhook(body)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await db().messageStatusEvent.count({ where: { wamid } })).toBe(1);
    expect((await db().message.findUniqueOrThrow({ where: { wamid } })).status).toBe("DELIVERED");
  });
});

describe("batches and order", () => {
  it("applies every entry, change and message of a batch", async () => {
    const first = await staffedChannel();
    const second = await staffedChannel();
    const [a, b, c] = [randomWaId(), randomWaId(), randomWaId()];
    const one = inboundMessagesWebhook({ business: first.business, contact: { name: "A", waId: a }, messages: [inboundMessage.text({ from: a, body: "a1" }), inboundMessage.text({ from: a, body: "a2" })] });
    const two = inboundMessagesWebhook({ business: first.business, contact: { name: "B", waId: b }, messages: [inboundMessage.text({ from: b, body: "b1" })] });
    const three = inboundMessagesWebhook({ business: second.business, contact: { name: "C", waId: c }, messages: [inboundMessage.text({ from: c, body: "c1" }), inboundMessage.text({ from: c, body: "c2" }), inboundMessage.text({ from: c, body: "c3" })] });
    const batch = {
      object: "whatsapp_business_account",
      entry: [{ ...one.entry[0], changes: [...(one.entry[0]?.changes ?? []), ...(two.entry[0]?.changes ?? [])] }, ...three.entry],
    };
    expect((await postWebhook(batch)).status).toBe(200);
    const counts = await Promise.all([a, b, c].map(async (waId) => (await leadState(waId)).messages.length));
    expect(counts).toEqual([2, 1, 3]);
    expect((await leadState(c)).conversations[0]?.channelId).toBe(second.channel.id);
    expect((await leadState(b)).leads[0]?.ownerId).toBe(first.brokers[1]?.id);
  });

  it("never moves the window or the last message back for a message Meta delivers late", async () => {
    const { business } = await staffedChannel();
    const waId = randomWaId();
    const now = new Date();
    const send = (body: string, at: Date) => postWebhook(inboundMessagesWebhook({ business, contact: { waId }, messages: [inboundMessage.text({ from: waId, body, timestamp: seconds(at) })] }));
    await send("nova", now);
    await send("antiga", new Date(now.getTime() - 2 * HOUR));
    const [conversation] = (await leadState(waId)).conversations;
    expect(conversation).toMatchObject({ lastMessagePreview: "nova", unreadCount: 2 });
    expect(conversation?.windowExpiresAt?.getTime()).toBe(Number(seconds(now)) * 1000 + 24 * HOUR);
  });

  it("reopens an expired conversation with a fresh window and keeps its broker", async () => {
    const { channel, business, brokers } = await staffedChannel();
    const waId = randomWaId();
    const lead = await seedLead(db(), { phone: `+${waId}`, ownerId: brokers[1]?.id });
    const old = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, assigneeId: brokers[1]?.id, messages: [{ direction: "INBOUND", body: "antiga", minutesAgo: 3 * 24 * 60 }] });
    expect(old.status).toBe(ConversationStatus.EXPIRED);
    await postWebhook(inboundMessagesWebhook({ business, contact: { waId }, messages: [inboundMessage.text({ from: waId, body: "voltei" })] }));
    const conversation = await db().conversation.findUniqueOrThrow({ where: { id: old.id } });
    expect(conversation).toMatchObject({ status: ConversationStatus.OPEN, initiatedBy: "LEAD", assigneeId: brokers[1]?.id, unreadCount: 2 });
    expect(conversation.windowExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * HOUR);
    expect(await db().leadEvent.count({ where: { leadId: lead.id, type: LeadEventType.CONVERSATION_REOPENED } })).toBe(1);
  });

  it("does not reopen a conversation for a message whose window already ended", async () => {
    const { channel, business } = await staffedChannel();
    const waId = randomWaId();
    const lead = await seedLead(db(), { phone: `+${waId}` });
    const old = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, messages: [{ direction: "INBOUND", body: "antiga", minutesAgo: 4 * 24 * 60 }] });
    const late = new Date(Date.now() - 2 * 24 * HOUR);
    await postWebhook(inboundMessagesWebhook({ business, contact: { waId }, messages: [inboundMessage.text({ from: waId, body: "atrasada", timestamp: seconds(late) })] }));
    expect((await db().conversation.findUniqueOrThrow({ where: { id: old.id } })).status).toBe(ConversationStatus.EXPIRED);
  });
});
