import { describe, expect, it, vi } from "vitest";
import { MessageDirection, MessageStatus } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { statusesWebhook, type StatusFixtureInput } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { signPayload } from "@/server/meta/webhook-signature";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { applyWebhookEvents } from "./apply-webhook-events";
import { storeWebhook } from "./store-webhook";
import { appSecret, postWebhook, seedWebhookChannel } from "@/test/webhooks/webhook-kit";
import { recordingJobs } from "@/test/recording-jobs";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => getDb();
const at = (secondsAgo: number) => String(Math.floor(Date.now() / 1000) - secondsAgo);

// Four outbound messages, each the newest of its conversation, in the states a launch leaves them.
async function world() {
  const { channel, business } = await seedWebhookChannel(db());
  const broker = await seedUser(db());
  const messages: { id: string; wamid: string | null }[] = [];
  for (const status of [MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.SENT, MessageStatus.DELIVERED]) {
    const lead = await seedLead(db());
    const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, assigneeId: broker.id, messages: [] });
    const message = await db().message.create({
      data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "Olá!", wamid: fakeWamid(), status, senderId: broker.id },
    });
    await db().conversation.update({ where: { id: conversation.id }, data: { lastMessageDirection: "OUTBOUND", lastMessageStatus: status, lastMessageAt: message.createdAt } });
    messages.push(message);
  }
  const webhook = (statuses: [number, Omit<StatusFixtureInput, "wamid">][]) =>
    statusesWebhook({ business, statuses: statuses.map(([i, s]) => ({ wamid: messages[i]?.wamid ?? "", ...s })) });
  const state = async () =>
    Promise.all(
      messages.map(async (m) => {
        const row = await db().message.findUniqueOrThrow({ where: { id: m.id }, include: { conversation: true, statusEvents: true } });
        const { status, sentAt, deliveredAt, readAt, failedAt, errorCode } = row;
        return { status, sentAt, deliveredAt, readAt, failedAt, errorCode, ticks: row.conversation.lastMessageStatus, events: row.statusEvents.map((e) => e.status).sort() };
      }),
    );
  return { webhook, state };
}

// Out of order, repeated, read before delivered, a failure before delivery, and a "failed" that
// comes after a delivery (which must not undo it).
const TIMES = { sent: at(50), delivered: at(40), read: at(30), failed: at(20) };
const deliveries: [number, Omit<StatusFixtureInput, "wamid">][][] = [
  [[0, { status: "read", timestamp: TIMES.read }], [1, { status: "delivered", timestamp: TIMES.delivered }]],
  [[0, { status: "sent", timestamp: TIMES.sent }], [2, { status: "failed", timestamp: TIMES.failed, error: { code: 131026, title: "Message undeliverable" } }]],
  [[1, { status: "read", timestamp: TIMES.read }], [1, { status: "read", timestamp: TIMES.read }], [3, { status: "read", timestamp: TIMES.read }]],
  [[0, { status: "delivered", timestamp: TIMES.delivered }], [3, { status: "failed", timestamp: TIMES.failed, error: { code: 131026, title: "Message undeliverable" } }]],
  [[1, { status: "sent", timestamp: TIMES.sent }]],
];

describe("statuses applied for a whole batch at once", () => {
  it("leave every message, its history and the inbox ticks as applying the webhooks one by one does (times can only be truer)", async () => {
    const oneByOne = await world();
    for (const statuses of deliveries) expect((await postWebhook(oneByOne.webhook(statuses))).status).toBe(200);

    const batched = await world();
    const ids: string[] = [];
    for (const statuses of deliveries) {
      const raw = JSON.stringify(batched.webhook(statuses));
      const stored = await storeWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw) });
      if (stored.status !== 200) throw new Error(`status ${stored.status}`);
      ids.push(stored.eventId);
    }
    const report = await applyWebhookEvents(db(), { ids }, { publish: async () => undefined, jobs: recordingJobs().jobs });
    expect(report).toEqual({ applied: ids, failed: [] });

    const expected = await oneByOne.state();
    const got = await batched.state();
    expect(expected.map((m) => m.status)).toEqual(["READ", "READ", "FAILED", "READ"]);
    const outcome = ({ status, failedAt, errorCode, ticks, events }: (typeof got)[number]) => ({ status, failedAt, errorCode, ticks, events });
    expect(got.map(outcome)).toEqual(expected.map(outcome));
    // One difference, by design: within a batch a message's statuses apply in their order, as
    // within one webhook, so a "sent" that arrived after the "read" still gives its own time.
    const time = (seconds: string) => new Date(Number(seconds) * 1000);
    expect(got[0]).toMatchObject({ sentAt: time(TIMES.sent), deliveredAt: time(TIMES.delivered), readAt: time(TIMES.read) });
    expect(expected[0]).toMatchObject({ sentAt: time(TIMES.read), deliveredAt: time(TIMES.read), readAt: time(TIMES.read) });
    expect(got.slice(1)).toEqual(expected.slice(1));
  });
});
