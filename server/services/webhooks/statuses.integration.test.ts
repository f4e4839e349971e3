import { beforeEach, describe, expect, it, vi } from "vitest";
import { LeadEventType, MessageDirection, MessageStatus } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { statusesWebhook, type StatusFixtureInput } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { publish } from "@/server/realtime/publish";
import { conversationChannel } from "@/server/realtime/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { postWebhook, seedWebhookChannel } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => getDb();
const at = (secondsAgo: number) => String(Math.floor(Date.now() / 1000) - secondsAgo);
const time = (seconds: string) => new Date(Number(seconds) * 1000);

async function outbound(status: MessageStatus = MessageStatus.SENT) {
  const { channel, business } = await seedWebhookChannel(db());
  const broker = await seedUser(db());
  const lead = await seedLead(db());
  const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, assigneeId: broker.id, messages: [] });
  const wamid = fakeWamid();
  const message = await db().message.create({
    data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "Olá!", wamid, status, senderId: broker.id },
  });
  await db().conversation.update({ where: { id: conversation.id }, data: { lastMessageDirection: "OUTBOUND", lastMessageStatus: status, lastMessageAt: message.createdAt } });
  const report = (statuses: Omit<StatusFixtureInput, "wamid">[]) => postWebhook(statusesWebhook({ business, statuses: statuses.map((s) => ({ wamid, ...s })) }));
  const reload = () => db().message.findUniqueOrThrow({ where: { id: message.id }, include: { statusEvents: true, conversation: true } });
  return { wamid, message, conversation, lead, report, reload };
}

beforeEach(() => vi.mocked(publish).mockClear());

describe("message statuses", () => {
  it("moves sent → delivered → read, one event each, and the conversation's ticks follow", async () => {
    const { report, reload, conversation, message } = await outbound(MessageStatus.QUEUED);
    const [sent, delivered, read] = [at(30), at(20), at(10)];
    await report([{ status: "sent", timestamp: sent }]);
    await report([{ status: "delivered", timestamp: delivered }]);
    await report([{ status: "read", timestamp: read }]);
    const after = await reload();
    expect(after).toMatchObject({ status: "READ", sentAt: time(sent), deliveredAt: time(delivered), readAt: time(read) });
    expect(after.statusEvents.map((e) => e.status).sort()).toEqual(["DELIVERED", "READ", "SENT"]);
    expect(after.conversation.lastMessageStatus).toBe("READ");
    const pushes = vi.mocked(publish).mock.calls.flatMap(([list]) => list);
    expect(pushes).toContainEqual({ channel: conversationChannel(conversation.id), event: { name: "message.updated", data: { conversationId: conversation.id, messageId: message.id, status: "READ" } } });
  });

  it("takes a read that comes without delivered, and a late delivered does not downgrade it", async () => {
    const { report, reload } = await outbound();
    const read = at(5);
    await report([{ status: "read", timestamp: read }]);
    expect(await reload()).toMatchObject({ status: "READ", deliveredAt: time(read), readAt: time(read) });
    await report([{ status: "delivered", timestamp: at(60) }]);
    const after = await reload();
    expect(after).toMatchObject({ status: "READ", deliveredAt: time(read) });
    expect(after.statusEvents.map((e) => e.status).sort()).toEqual(["DELIVERED", "READ"]);
    expect(after.conversation.lastMessageStatus).toBe("READ");
  });

  it("sorts statuses batched out of order", async () => {
    const { report, reload } = await outbound(MessageStatus.QUEUED);
    await report([{ status: "read" }, { status: "sent" }, { status: "delivered" }]);
    expect((await reload()).status).toBe("READ");
  });

  it("records a failure with Meta's error and a history event", async () => {
    const { report, reload, lead } = await outbound();
    const error = { code: 131047, title: "Re-engagement message", details: "Message failed to send because more than 24 hours have passed." };
    await report([{ status: "failed", error }]);
    const after = await reload();
    expect(after).toMatchObject({ status: "FAILED", errorCode: 131047, errorTitle: "Re-engagement message", errorDetail: error.details });
    expect(after.failedAt).not.toBeNull();
    expect(after.conversation.lastMessageStatus).toBe("FAILED");
    const event = await db().leadEvent.findFirstOrThrow({ where: { leadId: lead.id, type: LeadEventType.MESSAGE_FAILED } });
    expect(event).toMatchObject({ messageId: after.id, data: { code: 131047, title: "Re-engagement message" } });
  });

  it("keeps a delivered message delivered when a failure arrives after it", async () => {
    const { report, reload } = await outbound();
    await report([{ status: "delivered" }]);
    await report([{ status: "failed", error: { code: 131026, title: "Message undeliverable" } }]);
    const after = await reload();
    expect(after).toMatchObject({ status: "DELIVERED", errorCode: null, failedAt: null });
    expect(after.statusEvents.map((e) => e.status).sort()).toEqual(["DELIVERED", "FAILED"]);
  });

  it("treats played as read and dedupes it against read", async () => {
    const { report, reload } = await outbound();
    await report([{ status: "played" }]);
    await report([{ status: "read" }, { status: "played" }]);
    const after = await reload();
    expect(after.status).toBe("READ");
    expect(after.statusEvents).toHaveLength(1);
  });

  it("updates the conversation's ticks only for its last message", async () => {
    const { report, reload, conversation } = await outbound();
    await db().message.create({ data: { conversationId: conversation.id, direction: "OUTBOUND", type: "TEXT", body: "depois", wamid: fakeWamid(), status: "SENT" } });
    await db().conversation.update({ where: { id: conversation.id }, data: { lastMessageStatus: "SENT" } });
    await report([{ status: "read" }]);
    const after = await reload();
    expect(after.status).toBe("READ");
    expect(after.conversation.lastMessageStatus).toBe("SENT");
  });

  it("ignores statuses of wamids it does not know, keeping them on the stored event", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    const wamid = fakeWamid();
    expect((await postWebhook(statusesWebhook({ business, statuses: [{ wamid, status: "delivered" }] }))).status).toBe(200);
    expect(await db().messageStatusEvent.count({ where: { wamid } })).toBe(0);
    const event = await db().webhookEvent.findFirstOrThrow({ where: { rawBody: { contains: wamid } } });
    expect(event).toMatchObject({ channelId: channel.id });
    expect(event.processedAt).not.toBeNull();
  });
});

describe("Meta's marketing opt-out (131050)", () => {
  it("a failed status with 131050 records the lead's marketing opt-out once, on the history; other failures do not", async () => {
    const { report, lead, message } = await outbound(MessageStatus.SENT);
    await report([{ status: "failed", error: { code: 131026, title: "Message undeliverable" } }]);
    expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).marketingOptOutAt).toBeNull();

    const other = await outbound(MessageStatus.SENT);
    const failedAt = at(5);
    await other.report([{ status: "failed", timestamp: failedAt, error: { code: 131050, title: "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business." } }]);
    await other.report([{ status: "failed", timestamp: failedAt, error: { code: 131050, title: "redelivered" } }]);
    expect((await db().lead.findUniqueOrThrow({ where: { id: other.lead.id } })).marketingOptOutAt).toEqual(time(failedAt));
    const events = await db().leadEvent.findMany({ where: { leadId: other.lead.id, type: LeadEventType.MARKETING_OPTED_OUT } });
    expect(events).toEqual([expect.objectContaining({ messageId: other.message.id, data: { metaCode: 131050 } })]);
    expect(message.id).not.toBe(other.message.id);
  });
});
