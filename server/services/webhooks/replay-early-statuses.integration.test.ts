import { describe, expect, it, vi } from "vitest";
import { MessageDirection, MessageStatus } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { statusesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { replayEarlyStatuses } from "./replay-early-statuses";
import { appSecret, postWebhook, seedWebhookChannel } from "@/test/webhooks/webhook-kit";
import { signPayload } from "@/server/meta/webhook-signature";
import { storeWebhook } from "./store-webhook";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

describe("statuses that arrive before the send stored its wamid", () => {
  it("are applied once the wamid is stored, exactly once", async () => {
    const db = getDb();
    const { channel, business } = await seedWebhookChannel(db);
    const lead = await seedLead(db);
    const conversation = await seedConversation(db, { leadId: lead.id, channelId: channel.id, messages: [] });
    const message = await db.message.create({
      data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "Olá!", status: MessageStatus.QUEUED },
    });
    const wamid = fakeWamid();
    const now = Math.floor(Date.now() / 1000);
    // Meta's "delivered" lands while message/send is still waiting for Meta's answer.
    const early = await postWebhook(statusesWebhook({ business, statuses: [{ wamid, status: "delivered", timestamp: String(now) }] }));
    expect(early.status).toBe(200);
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).status).toBe(MessageStatus.QUEUED);
    expect(await unmatchedMarks(wamid)).toEqual([true]);

    // message/send stores the wamid (recordSent), then replays.
    const sentAt = new Date();
    await db.message.update({ where: { id: message.id }, data: { wamid, status: MessageStatus.SENT, sentAt } });
    expect(await replayEarlyStatuses(db, wamid, sentAt)).toBe(1);
    // Applied again with its message found: no longer one to look at.
    expect(await unmatchedMarks(wamid)).toEqual([false]);
    expect(await replayEarlyStatuses(db, wamid, sentAt)).toBe(0);

    const after = await db.message.findUniqueOrThrow({ where: { id: message.id }, include: { statusEvents: true } });
    expect(after.status).toBe(MessageStatus.DELIVERED);
    expect(after.statusEvents.map((e) => e.status)).toEqual([MessageStatus.DELIVERED]);
  });

  it("leave alone the webhooks whose statuses found their messages, and replay one stored but not applied yet", async () => {
    const db = getDb();
    const { channel, business } = await seedWebhookChannel(db);
    const lead = await seedLead(db);
    const conversation = await seedConversation(db, { leadId: lead.id, channelId: channel.id, messages: [] });
    const wamid = fakeWamid();
    const sentAt = new Date();
    const message = await db.message.create({
      data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "Olá!", status: MessageStatus.SENT, wamid, sentAt },
    });
    const now = Math.floor(Date.now() / 1000);
    expect((await postWebhook(statusesWebhook({ business, statuses: [{ wamid, status: "delivered", timestamp: String(now) }] }))).status).toBe(200);
    expect(await unmatchedMarks(wamid)).toEqual([false]);
    expect(await replayEarlyStatuses(db, wamid, sentAt)).toBe(0);

    // Stored (the route answered 200) but not applied yet: the replay applies it.
    const stored = await storeWebhook(db, webhookBody(statusesWebhook({ business, statuses: [{ wamid, status: "read", timestamp: String(now + 1) }] })));
    expect(stored.status).toBe(200);
    expect(await replayEarlyStatuses(db, wamid, sentAt)).toBe(1);
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).status).toBe(MessageStatus.READ);
    expect(await replayEarlyStatuses(db, wamid, sentAt)).toBe(0);
  });
});

/** The `unmatchedStatuses` mark of each stored webhook that names the wamid, oldest first. */
async function unmatchedMarks(wamid: string): Promise<boolean[]> {
  const events = await getDb().webhookEvent.findMany({ where: { rawBody: { contains: wamid } }, orderBy: { receivedAt: "asc" }, select: { unmatchedStatuses: true } });
  return events.map((event) => event.unmatchedStatuses);
}

function webhookBody(body: unknown) {
  const rawBody = JSON.stringify(body);
  return { rawBody, signature: signPayload(appSecret(), rawBody) };
}
