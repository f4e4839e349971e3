import { describe, expect, it } from "vitest";
import { MessageDirection, MessageStatus, MessageType } from "@/generated/prisma/enums";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { testDb } from "@/test/db";
import { recordingJobs } from "@/test/recording-jobs";
import { requeueStuckMessages, STUCK_AFTER_MS } from "./requeue-stuck-messages";

describe("requeueStuckMessages", () => {
  it("asks again for QUEUED messages older than the threshold, and only for those", async () => {
    const db = testDb();
    const channel = await seedChannel(db);
    const lead = await seedLead(db);
    const conversation = await seedConversation(db, { leadId: lead.id, channelId: channel.id, messages: [] });
    const now = new Date(Date.now() + 365 * 24 * 3_600_000); // later than every other test's messages
    const at = (msAgo: number) => new Date(+now - msAgo);
    const outbound = (status: MessageStatus, createdAt: Date, wamid: string | null = null) =>
      db.message.create({ data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: MessageType.TEXT, body: "oi", status, createdAt, wamid } });
    const stuck = await outbound(MessageStatus.QUEUED, at(STUCK_AFTER_MS + 60_000));
    await outbound(MessageStatus.QUEUED, at(60_000)); // recent: its run may still be waiting
    await outbound(MessageStatus.SENT, at(STUCK_AFTER_MS * 2), `wamid.requeue.${stuck.id}`);

    const { jobs, sends: requests } = recordingJobs();
    await requeueStuckMessages(db, jobs, now);
    const mine = requests.filter((r) => r.messageId === stuck.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.eventId).not.toBe(`message-send-${stuck.id}`);
    const ids = new Set(requests.map((r) => r.messageId));
    expect((await db.message.findMany({ where: { conversationId: conversation.id } })).filter((m) => ids.has(m.id)).map((m) => m.id)).toEqual([stuck.id]);
  });
});
