import { describe, expect, it, vi } from "vitest";
import { MessageDirection, MessageStatus } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { statusesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { replayEarlyStatuses } from "./replay-early-statuses";
import { postWebhook, seedWebhookChannel } from "@/test/webhooks/webhook-kit";

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

    // message/send stores the wamid (recordSent), then replays.
    const sentAt = new Date();
    await db.message.update({ where: { id: message.id }, data: { wamid, status: MessageStatus.SENT, sentAt } });
    expect(await replayEarlyStatuses(db, wamid, sentAt)).toBe(1);
    expect(await replayEarlyStatuses(db, wamid, sentAt)).toBe(1);

    const after = await db.message.findUniqueOrThrow({ where: { id: message.id }, include: { statusEvents: true } });
    expect(after.status).toBe(MessageStatus.DELIVERED);
    expect(after.statusEvents.map((e) => e.status)).toEqual([MessageStatus.DELIVERED]);
  });
});
