import { afterEach, describe, expect, it, vi } from "vitest";
import { LeadEventType } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { brazilPhoneKey } from "@/server/meta/phone";
import { inboundMessagesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedLead } from "@/prisma/seed/leads";
import { seedQueue } from "@/prisma/seed/queues";
import { seedUser } from "@/prisma/seed/users";
import { postWebhook, randomWaId, seedWebhookChannel, withOwnDatabase } from "@/test/webhooks/webhook-kit";
import type { FixtureBusiness } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

// Its own database: which queue a lead lands in depends on every queue that exists.
withOwnDatabase("comunicador_distribution");

const db = () => getDb();

afterEach(async () => {
  await db().leadQueue.updateMany({ data: { enabled: false } });
});

async function newLeadWrites(business: FixtureBusiness, waId = randomWaId()) {
  expect((await postWebhook(inboundMessagesWebhook({ business, contact: { name: "Lead", waId }, messages: [inboundMessage.text({ from: waId, body: "oi" })] }))).status).toBe(200);
  const lead = await db().lead.findUniqueOrThrow({ where: { phoneKey: brazilPhoneKey(`+${waId}`) }, include: { conversations: true, events: true } });
  return { lead, conversation: lead.conversations[0] };
}

describe("queue distribution", () => {
  it("takes turns among eligible brokers, skipping one whose communication flag is off", async () => {
    const development = await seedDevelopment(db(), { media: [] });
    const [ana, off, caio] = [await seedUser(db()), await seedUser(db(), { canCommunicate: false }), await seedUser(db())];
    const queue = await seedQueue(db(), { memberIds: [ana.id, off.id, caio.id], developmentIds: [development.id] });
    const { business } = await seedWebhookChannel(db(), { developmentIds: [development.id] });
    const owners = [];
    for (let i = 0; i < 4; i++) owners.push((await newLeadWrites(business)).lead.ownerId);
    expect(owners).toEqual([ana.id, caio.id, ana.id, caio.id]);
    const { lead, conversation } = await newLeadWrites(business);
    expect(lead).toMatchObject({ ownerId: ana.id, queueId: queue.id });
    expect(conversation?.assigneeId).toBe(ana.id);
    expect(lead.events.find((e) => e.type === LeadEventType.QUEUE_ASSIGNED)?.data).toEqual({ queueId: queue.id, ownerId: ana.id });
  });

  it("prefers a queue for the lead's developments, falls back to a general one, never to another development's", async () => {
    const [mine, other] = [await seedDevelopment(db(), { media: [] }), await seedDevelopment(db(), { media: [] })];
    const [general, specific, elsewhere] = [await seedUser(db()), await seedUser(db()), await seedUser(db())];
    await seedQueue(db(), { memberIds: [elsewhere.id], developmentIds: [other.id] });
    const generalQueue = await seedQueue(db(), { memberIds: [general.id] });
    await seedQueue(db(), { memberIds: [specific.id], tag: "outra-tag", comunicadorFlag: false, developmentIds: [mine.id] });
    await seedQueue(db(), { memberIds: [specific.id], developmentIds: [mine.id], name: `Desativada ${Math.random()}` }).then((q) =>
      db().leadQueue.update({ where: { id: q.id }, data: { enabled: false } }),
    );
    const withMine = await seedWebhookChannel(db(), { developmentIds: [mine.id] });
    expect((await newLeadWrites(withMine.business)).lead).toMatchObject({ ownerId: general.id, queueId: generalQueue.id });

    const specificQueue = await seedQueue(db(), { memberIds: [specific.id], tag: null, comunicadorFlag: true, developmentIds: [mine.id] });
    expect((await newLeadWrites(withMine.business)).lead).toMatchObject({ ownerId: specific.id, queueId: specificQueue.id });
  });

  it("sends a new lead to its channel's own queue ahead of the developments' and older general queues", async () => {
    const development = await seedDevelopment(db(), { media: [] });
    const [older, byDevelopment, own] = [await seedUser(db()), await seedUser(db()), await seedUser(db())];
    await seedQueue(db(), { memberIds: [older.id] });
    await seedQueue(db(), { memberIds: [byDevelopment.id], developmentIds: [development.id] });
    const ownQueue = await seedQueue(db(), { memberIds: [own.id] });
    const { business } = await seedWebhookChannel(db(), { developmentIds: [development.id], leadQueueId: ownQueue.id });
    expect((await newLeadWrites(business)).lead).toMatchObject({ ownerId: own.id, queueId: ownQueue.id });
    // Its own queue without anyone to answer: the developments' queue serves, as with no queue of its own.
    await db().user.update({ where: { id: own.id }, data: { canCommunicate: false } });
    expect((await newLeadWrites(business)).lead).toMatchObject({ ownerId: byDevelopment.id });
  });

  it("leaves the conversation unassigned (for managers) when no broker can take it", async () => {
    const development = await seedDevelopment(db(), { media: [] });
    const inactive = await seedUser(db(), { active: false });
    const queue = await seedQueue(db(), { memberIds: [inactive.id], developmentIds: [development.id] });
    const { business } = await seedWebhookChannel(db(), { developmentIds: [development.id] });
    const { lead, conversation } = await newLeadWrites(business);
    expect(lead).toMatchObject({ ownerId: null, queueId: queue.id });
    expect(conversation?.assigneeId).toBeNull();
  });

  it("gives a known lead without owner a broker, who becomes its owner", async () => {
    const development = await seedDevelopment(db(), { media: [] });
    const broker = await seedUser(db());
    const queue = await seedQueue(db(), { memberIds: [broker.id], developmentIds: [development.id] });
    const waId = randomWaId();
    const known = await seedLead(db(), { phone: `+${waId}`, developmentIds: [development.id] });
    const { business } = await seedWebhookChannel(db());
    const { lead, conversation } = await newLeadWrites(business, waId);
    expect(lead.id).toBe(known.id);
    expect(lead).toMatchObject({ ownerId: broker.id, queueId: queue.id });
    expect(conversation?.assigneeId).toBe(broker.id);
  });

  it("hands an unavailable owner's new conversation to the queue, keeping the owner", async () => {
    const development = await seedDevelopment(db(), { media: [] });
    const [away, broker] = [await seedUser(db(), { canCommunicate: false }), await seedUser(db())];
    await seedQueue(db(), { memberIds: [broker.id], developmentIds: [development.id] });
    const waId = randomWaId();
    const known = await seedLead(db(), { phone: `+${waId}`, ownerId: away.id, developmentIds: [development.id] });
    const { business } = await seedWebhookChannel(db());
    const { lead, conversation } = await newLeadWrites(business, waId);
    expect(lead).toMatchObject({ id: known.id, ownerId: away.id });
    expect(conversation?.assigneeId).toBe(broker.id);
  });
});
