import { describe, expect, it } from "vitest";
import { conversationChannel, inboxChannel, managersInboxChannel } from "@/server/realtime/channels";
import { MessageStatus } from "@/generated/prisma/enums";
import { deliveryPushes } from "./record-delivery";
import { chunkPushes } from "./sent-recorder";

const sent = (id: string, conversationId: string, assigneeId: string | null) =>
  deliveryPushes({ id, type: "TEXT", senderId: "u1", createdAt: new Date(), conversation: { id: conversationId, assigneeId, leadId: `lead-${conversationId}` } }, MessageStatus.SENT);

describe("a chunk's pushes", () => {
  it("keeps every message's and conversation's own push, and signals each inbox list once", () => {
    const pushes = chunkPushes([...sent("m1", "c1", "a"), ...sent("m2", "c1", "a"), ...sent("m3", "c2", "b"), ...sent("m4", "c3", "a")]);
    const on = (channel: string) => pushes.filter((p) => p.channel === channel).map((p) => `${p.event.name}:${"messageId" in p.event.data ? p.event.data.messageId : ""}`);
    expect(on(conversationChannel("c1"))).toEqual(["message.updated:m1", "conversation.updated:", "message.updated:m2"]);
    expect(on(conversationChannel("c2"))).toEqual(["message.updated:m3", "conversation.updated:"]);
    expect(on(inboxChannel("a"))).toEqual(["conversation.updated:"]);
    expect(on(inboxChannel("b"))).toEqual(["conversation.updated:"]);
    expect(on(managersInboxChannel)).toEqual(["conversation.updated:"]);
    expect(pushes).toHaveLength(3 + 2 + 2 + 1 + 1 + 1);
  });
});
