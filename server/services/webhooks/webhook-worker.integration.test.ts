import { afterEach, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { MessageDirection, PrismaClient } from "@/generated/prisma/client";
import { seedUser } from "@/prisma/seed/users";
import { getDb, type Db } from "@/server/db";
import { inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { inboundMessagesWebhook, statusesWebhook, type FixtureBusiness } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { signPayload } from "@/server/meta/webhook-signature";
import type { Push } from "@/server/realtime/channels";
import { recordingJobs } from "@/test/recording-jobs";
import { appSecret, randomWaId, seedWebhookChannel, withOwnDatabase } from "@/test/webhooks/webhook-kit";
import { listenForWebhookEvents, type WebhookEventListener } from "./listen-for-webhook-events";
import { createStoredNotifier } from "./notify-webhook-stored";
import { storeWebhook } from "./store-webhook";
import { startWebhookWorker, type WebhookWorker, type WebhookWorkerOptions } from "./webhook-worker";

// Its own database: a worker takes every unapplied event it finds, other files' too.
withOwnDatabase("comunicador_webhook_worker");

const db = () => getDb();
// Longer than any wait below: a worker that applies in time was woken by the insert, not by its poll.
const NEVER_POLLS = { idlePollMs: 120_000 };
const running: { stop(): Promise<void> }[] = [];
const listeners: WebhookEventListener[] = [];

afterEach(async () => {
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
});

function worker(options: WebhookWorkerOptions, database: () => Db = db) {
  const pushes: Push[] = [];
  const recorded = recordingJobs();
  const started = startWebhookWorker(database, () => ({ publish: async (batch) => void pushes.push(...batch), jobs: recorded.jobs }), options);
  running.push(started);
  return { worker: started, pushes, recorded };
}

function listen(target: WebhookWorker) {
  const listener = listenForWebhookEvents(process.env.DATABASE_URL ?? "", () => target.wake());
  listeners.push(listener);
  return listener;
}

const wakeWorkers = createStoredNotifier(db);

// As the route does when a worker applies: store, then wake the workers.
async function store(body: unknown) {
  const raw = JSON.stringify(body);
  const stored = await storeWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw) });
  if (stored.status !== 200) throw new Error(`status ${stored.status}`);
  wakeWorkers();
  return stored.eventId;
}

const text = (business: FixtureBusiness, waId: string, body: string) =>
  inboundMessagesWebhook({ business, contact: { name: "Lead", waId }, messages: [inboundMessage.text({ from: waId, body })] });

// A message is pushed to several channels (its conversation, the inbox): the messages announced.
const createdMessages = (pushes: Push[]) => new Set(pushes.flatMap((p) => (p.event.name === "message.created" ? [p.event.data.messageId] : [])));

const pendingEvents = () => db().webhookEvent.count({ where: { processedAt: null } });

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

async function listening() {
  expect(await until(async () => (await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN webhook_event'`)[0]?.n === 1n, 5_000)).toBe(true);
}

describe("the webhook worker", () => {
  it("applies what is stored as soon as the workers are notified, pushes it, and leaves nothing pending", async () => {
    const { business } = await seedWebhookChannel(db());
    const { worker: started, pushes, recorded } = worker(NEVER_POLLS);
    listen(started);
    await listening();

    const waId = randomWaId();
    await store(text(business, waId, "Tem unidade de 2 quartos?"));
    expect(await until(async () => (await pendingEvents()) === 0, 10_000)).toBe(true);
    const message = await db().message.findFirstOrThrow({ where: { body: "Tem unidade de 2 quartos?" } });
    expect(await until(async () => pushes.some((p) => p.event.name === "message.created" && p.event.data.messageId === message.id), 5_000)).toBe(true);
    expect(recorded.armed.map((a) => a.conversationId)).toEqual([message.conversationId]);
  });

  it("two workers share a burst without applying any event twice, statuses after the messages they move", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    const broker = await seedUser(db());
    const first = worker({ ...NEVER_POLLS, batchSize: 7 });
    const second = worker({ ...NEVER_POLLS, batchSize: 7 });
    listen(first.worker);
    listen(second.worker);

    const leads = Array.from({ length: 15 }, () => randomWaId());
    const bodies = leads.flatMap((waId) => [1, 2, 3].map((n) => text(business, waId, `mensagem ${n} de ${waId}`)));
    await Promise.all(bodies.map(store));
    expect(await until(async () => (await pendingEvents()) === 0, 20_000)).toBe(true);
    const messages = await db().message.findMany({ where: { conversation: { channelId: channel.id } }, select: { wamid: true, body: true } });
    expect(messages).toHaveLength(45);
    expect(new Set(messages.map((m) => m.wamid)).size).toBe(45);
    const conversations = await db().conversation.findMany({ where: { channelId: channel.id }, select: { unreadCount: true } });
    expect(conversations.map((c) => c.unreadCount)).toEqual(leads.map(() => 3));

    // Each event is applied by one of them: every message is announced, and by one worker only.
    expect(await until(async () => createdMessages(first.pushes).size + createdMessages(second.pushes).size >= 45, 5_000)).toBe(true);
    expect(new Set([...createdMessages(first.pushes), ...createdMessages(second.pushes)]).size).toBe(45);

    const conversation = await db().conversation.findFirstOrThrow({ where: { channelId: channel.id } });
    const wamid = `wamid.WORKER${Date.now()}`;
    await db().message.create({ data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "Olá!", wamid, status: "SENT", senderId: broker.id } });
    const lead = await db().lead.findUniqueOrThrow({ where: { id: conversation.leadId } });
    const recipientId = (lead.phoneE164 ?? "").replace("+", "");
    for (const status of ["read", "delivered"] as const) await store(statusesWebhook({ business, statuses: [{ wamid, status, recipientId }] }));
    expect(await until(async () => (await pendingEvents()) === 0, 10_000)).toBe(true);
    expect((await db().message.findFirstOrThrow({ where: { wamid } })).status).toBe("READ");
  });

  it("keeps going through a database outage: it waits, tries again, and applies what was stored", async () => {
    const { business } = await seedWebhookChannel(db());
    let outage = 3;
    const flaky = () => {
      if (outage > 0) {
        outage -= 1;
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      }
      return db();
    };
    await store(text(business, randomWaId(), "Chegou durante a queda"));
    worker({ idlePollMs: 50, errorBackoffMs: 50 }, flaky);
    expect(await until(async () => (await pendingEvents()) === 0, 10_000)).toBe(true);
    expect(outage).toBe(0);
    expect(await db().message.count({ where: { body: "Chegou durante a queda" } })).toBe(1);
  });

  it("listens again after its connection is cut, and picks up what was stored meanwhile", async () => {
    const { business } = await seedWebhookChannel(db());
    const { worker: started } = worker(NEVER_POLLS);
    listen(started);
    await listening();
    await db().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN webhook_event'`;
    await store(text(business, randomWaId(), "Enquanto ninguém escutava"));
    expect(await until(async () => (await pendingEvents()) === 0, 10_000)).toBe(true);
    expect(await db().message.count({ where: { body: "Enquanto ninguém escutava" } })).toBe(1);
  });

  it("wakes the workers through a Prisma client of its own too (rawQuery's fallback)", async () => {
    const plain = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }) });
    let woken = 0;
    const listener = listenForWebhookEvents(process.env.DATABASE_URL ?? "", () => void (woken += 1));
    listeners.push(listener);
    await listening();
    const wokenBefore = woken;
    createStoredNotifier(() => plain)();
    expect(await until(async () => woken > wokenBefore, 5_000)).toBe(true);
    await plain.$disconnect();
  });

  it("stop() finishes the batch in hand and its pushes before it resolves", async () => {
    const { business } = await seedWebhookChannel(db());
    await Promise.all(Array.from({ length: 5 }, () => store(text(business, randomWaId(), "Antes de parar"))));
    const { worker: started, pushes } = worker(NEVER_POLLS);
    await until(async () => pushes.length > 0, 10_000);
    await started.stop();
    expect(await pendingEvents()).toBe(0);
    expect(createdMessages(pushes).size).toBe(5);
  });
});
