import { beforeEach, describe, expect, it, vi } from "vitest";
import { LeadEventType, MessageDirection } from "@/generated/prisma/client";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { getDb } from "@/server/db";
import { brazilPhoneKey } from "@/server/meta/phone";
import { inboundMessagesWebhook, statusesWebhook, type FixtureBusiness } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid, inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { signPayload } from "@/server/meta/webhook-signature";
import { publish } from "@/server/realtime/publish";
import { recordingJobs } from "@/test/recording-jobs";
import { applyWebhookEvents } from "./apply-webhook-events";
import { MAX_APPLY_ATTEMPTS } from "./claim-webhook-events";
import { drainWebhookEvents } from "./drain-webhook-events";
import { storeWebhook } from "./store-webhook";
import { appSecret, postWebhook, randomWaId, seedWebhookChannel, withOwnDatabase } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

// Its own database: a drain takes every unapplied event it finds, other files' too.
withOwnDatabase("comunicador_webhook_drain");

const db = () => getDb();
const deps = () => ({ publish, jobs: recordingJobs().jobs });
const now = { olderThanMs: 0 };

// What a process that died right after answering 200 leaves behind: the event, stored, unapplied.
async function storeOnly(body: unknown): Promise<string> {
  const raw = JSON.stringify(body);
  const stored = await storeWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw) });
  if (stored.status !== 200) throw new Error(`status ${stored.status}`);
  return stored.eventId;
}

const inbound = (business: FixtureBusiness, waId: string, body: string) =>
  inboundMessagesWebhook({ business, contact: { name: "Lead", waId }, messages: [inboundMessage.text({ from: waId, body })] });

async function leadState(waId: string) {
  const lead = await db().lead.findUniqueOrThrow({ where: { phoneKey: brazilPhoneKey(`+${waId}`) }, include: { conversations: { include: { messages: true } }, events: true } });
  const conversation = lead.conversations[0];
  return {
    messages: conversation?.messages.length,
    unread: conversation?.unreadCount,
    received: lead.events.filter((e) => e.type === LeadEventType.MESSAGE_RECEIVED).length,
  };
}

const createdPushes = (messageId: string) =>
  vi.mocked(publish).mock.calls.flatMap(([pushes]) => pushes).filter((p) => p.event.name === "message.created" && p.event.data.messageId === messageId);

beforeEach(() => vi.mocked(publish).mockClear());

describe("an event stored but never applied (the process died after answering)", () => {
  it("is applied exactly once by the drainer, with its pushes", async () => {
    const { business } = await seedWebhookChannel(db());
    const waId = randomWaId();
    const id = await storeOnly(inbound(business, waId, "antes da queda"));

    // A fresh event belongs to the process that stored it for a while: not taken yet.
    expect((await drainWebhookEvents(db(), deps())).applied).not.toContain(id);

    expect((await drainWebhookEvents(db(), deps(), now)).applied).toEqual([id]);
    expect((await drainWebhookEvents(db(), deps(), now)).applied).toEqual([]);
    expect(await leadState(waId)).toEqual({ messages: 1, unread: 1, received: 1 });
    const event = await db().webhookEvent.findUniqueOrThrow({ where: { id } });
    expect(event.processedAt).not.toBeNull();
    expect(event.attempts).toBe(0);
    const message = await db().message.findFirstOrThrow({ where: { body: "antes da queda" } });
    expect(createdPushes(message.id).length).toBeGreaterThan(0);
  });

  it("is not applied again when its own process gets to it after a drainer did", async () => {
    const { business } = await seedWebhookChannel(db());
    const waId = randomWaId();
    const id = await storeOnly(inbound(business, waId, "tarde"));
    expect((await drainWebhookEvents(db(), deps(), now)).applied).toEqual([id]);
    expect(await applyWebhookEvents(db(), { ids: [id] }, deps())).toEqual({ applied: [], failed: [] });
    expect(await leadState(waId)).toEqual({ messages: 1, unread: 1, received: 1 });
  });
});

describe("drainers running at once", () => {
  it("never apply an event twice, and apply every one", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    const lead = await seedLead(db());
    const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, messages: [] });
    const wamids = Array.from({ length: 6 }, () => fakeWamid());
    await db().message.createMany({
      data: wamids.map((wamid) => ({ conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT" as const, body: "oi", wamid, status: "SENT" as const })),
    });
    const waIds = Array.from({ length: 24 }, () => randomWaId());
    const ids: string[] = [];
    for (const [i, waId] of waIds.entries()) {
      ids.push(await storeOnly(inbound(business, waId, `mensagem ${i}`)));
      const wamid = wamids[i % wamids.length] ?? "";
      ids.push(await storeOnly(statusesWebhook({ business, statuses: [{ wamid, status: Math.floor(i / 6) % 2 === 0 ? "delivered" : "read" }] })));
    }

    const small = { ...now, batchSize: 3 };
    const [first, second, own] = await Promise.all([
      drainWebhookEvents(db(), deps(), small),
      drainWebhookEvents(db(), deps(), small),
      applyWebhookEvents(db(), { ids: ids.slice(10, 20) }, deps()),
    ]);
    const applied = [...first.applied, ...second.applied, ...own.applied];
    expect([...first.failed, ...second.failed, ...own.failed]).toEqual([]);
    expect(applied.length).toBe(ids.length);
    expect(new Set(applied)).toEqual(new Set(ids));
    expect(first.applied.length).toBeGreaterThan(0);
    expect(second.applied.length).toBeGreaterThan(0);

    for (const waId of waIds) expect(await leadState(waId)).toEqual({ messages: 1, unread: 1, received: 1 });
    expect(await db().messageStatusEvent.count({ where: { wamid: { in: wamids } } })).toBe(12);
    expect(await db().message.count({ where: { wamid: { in: wamids }, status: "READ" } })).toBe(6);
    expect(await db().webhookEvent.count({ where: { id: { in: ids }, processedAt: null } })).toBe(0);
  });
});

describe("an event that fails to apply", () => {
  // A real failure inside the apply transaction: PostgreSQL refuses one message's body.
  async function refuse(body: string) {
    await db().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_body() RETURNS trigger AS $$
      BEGIN IF NEW.body = '${body}' THEN RAISE EXCEPTION 'corpo recusado'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE OR REPLACE TRIGGER refuse_body BEFORE INSERT ON "Message" FOR EACH ROW EXECUTE FUNCTION refuse_body()`);
  }
  const allow = () => db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_body ON "Message"`);
  const due = (id: string) => db().webhookEvent.update({ where: { id }, data: { retryAt: new Date(Date.now() - 1_000) } });
  const quiet = () => vi.spyOn(console, "error").mockImplementation(() => undefined);

  it("does not hold back the others, and is retried later with its error kept", async () => {
    const { business } = await seedWebhookChannel(db());
    const [a, bad, b] = [randomWaId(), randomWaId(), randomWaId()];
    const ids = [await storeOnly(inbound(business, a, "antes")), await storeOnly(inbound(business, bad, "explode")), await storeOnly(inbound(business, b, "depois"))];
    await refuse("explode");
    const errors = quiet();
    try {
      const report = await drainWebhookEvents(db(), deps(), now);
      expect(report).toEqual({ applied: [ids[0], ids[2]], failed: [ids[1]] });
      expect(await leadState(a)).toEqual({ messages: 1, unread: 1, received: 1 });
      expect(await leadState(b)).toEqual({ messages: 1, unread: 1, received: 1 });
      const failed = await db().webhookEvent.findUniqueOrThrow({ where: { id: ids[1] } });
      expect(failed).toMatchObject({ processedAt: null, attempts: 1, error: expect.stringMatching(/^falha ao aplicar: .*corpo recusado/) });
      expect(failed.retryAt!.getTime()).toBeGreaterThan(Date.now());
      // Not before its retry time.
      expect(await drainWebhookEvents(db(), deps(), now)).toEqual({ applied: [], failed: [] });
    } finally {
      errors.mockRestore();
      await allow();
    }
    await due(ids[1] ?? "");
    expect((await drainWebhookEvents(db(), deps(), now)).applied).toEqual([ids[1]]);
    expect(await leadState(bad)).toEqual({ messages: 1, unread: 1, received: 1 });
    expect(await db().webhookEvent.findUniqueOrThrow({ where: { id: ids[1] } })).toMatchObject({ error: null, retryAt: null });
  });

  it("is given up after a bounded number of tries", async () => {
    const { business } = await seedWebhookChannel(db());
    const id = await storeOnly(inbound(business, randomWaId(), "sempre falha"));
    await refuse("sempre falha");
    const errors = quiet();
    try {
      for (let attempt = 1; attempt <= MAX_APPLY_ATTEMPTS; attempt++) {
        expect(await drainWebhookEvents(db(), deps(), now)).toEqual({ applied: [], failed: [id] });
        await due(id);
      }
      expect(await drainWebhookEvents(db(), deps(), now)).toEqual({ applied: [], failed: [] });
      expect(await db().webhookEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ processedAt: null, attempts: MAX_APPLY_ATTEMPTS });
    } finally {
      errors.mockRestore();
      await allow();
    }
  });

  it("is still answered 200 through the route once stored, and left for the drainer", async () => {
    const { business } = await seedWebhookChannel(db());
    const waId = randomWaId();
    await refuse("rota");
    const errors = quiet();
    try {
      expect((await postWebhook(inbound(business, waId, "rota"))).status).toBe(200);
    } finally {
      errors.mockRestore();
      await allow();
    }
    const event = await db().webhookEvent.findFirstOrThrow({ where: { rawBody: { contains: waId } } });
    expect(event).toMatchObject({ processedAt: null, attempts: 1 });
    await due(event.id);
    expect((await drainWebhookEvents(db(), deps(), now)).applied).toEqual([event.id]);
    expect(await leadState(waId)).toEqual({ messages: 1, unread: 1, received: 1 });
  });
});
