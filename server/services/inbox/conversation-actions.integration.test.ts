import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { callerFor } from "@/test/caller";
import type { Push } from "@/server/realtime/channels";
import { conversationChannel, inboxChannel, managersInboxChannel } from "@/server/realtime/channels";
import type { ReadReceipt } from "./send-read-receipt";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { markConversationRead } from "./mark-conversation-read";
import { assignConversation } from "./assign-conversation";
import { closeConversation } from "./close-conversation";
import { notificationText } from "@/app/_i18n/stored-texts";
import { translator } from "@/test/translator";
import { getNotification } from "./get-notification";

function recorder() {
  const receipts: ReadReceipt[] = [];
  const pushes: Push[] = [];
  return {
    receipts,
    pushes,
    deps: { sendReadReceipt: async (r: ReadReceipt) => void receipts.push(r), publish: async (p: Push[]) => void pushes.push(...p) },
  };
}

describe("mark read", () => {
  it("the assignee opening the chat zeroes the unread count and sends Meta a read receipt for the last inbound message", async () => {
    const w = await inboxWorld(testDb());
    const before = await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
    expect(before.unreadCount).toBeGreaterThan(0);
    const lastInbound = await testDb().message.findFirstOrThrow({ where: { conversationId: w.conversation.id, direction: "INBOUND" }, orderBy: { createdAt: "desc" } });
    const r = recorder();
    expect(await markConversationRead(testDb(), w.actors.ana, w.conversation.id, r.deps)).toEqual({ marked: true });
    expect((await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } })).unreadCount).toBe(0);
    expect(r.receipts).toEqual([{ phoneNumberId: w.channel.phoneNumberId, accessTokenEnc: w.channel.accessTokenEnc, wamid: lastInbound.wamid }]);
    expect(r.pushes.map((p) => p.channel)).toEqual(expect.arrayContaining([inboxChannel(w.users.ana.id), managersInboxChannel]));
    // Already read: nothing more is sent.
    expect(await markConversationRead(testDb(), w.actors.ana, w.conversation.id, r.deps)).toEqual({ marked: false });
    expect(r.receipts).toHaveLength(1);
  });

  it("a manager looking at a broker's conversation does not read it for them", async () => {
    const w = await inboxWorld(testDb());
    const r = recorder();
    expect(await markConversationRead(testDb(), w.actors.manager, w.conversation.id, r.deps)).toEqual({ marked: false });
    expect((await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } })).unreadCount).toBeGreaterThan(0);
    expect(r.receipts).toEqual([]);
    await expect(markConversationRead(testDb(), w.actors.bruno, w.conversation.id, r.deps)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("assign and transfer", () => {
  it("a manager assigns; the lead's history, the audit log and the new assignee hear of it", async () => {
    const w = await inboxWorld(testDb());
    const r = recorder();
    expect(await assignConversation(testDb(), w.actors.manager, { conversationId: w.conversation.id, assigneeId: w.users.bruno.id }, r.deps)).toEqual({ changed: true });
    expect((await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } })).assigneeId).toBe(w.users.bruno.id);
    const event = await testDb().leadEvent.findFirstOrThrow({ where: { conversationId: w.conversation.id, type: "CONVERSATION_ASSIGNED" } });
    expect(event).toMatchObject({ actorId: w.users.manager.id, data: { fromName: "Ana Teste", toName: "Bruno Teste" } });
    expect(await testDb().auditLog.count({ where: { entityId: w.conversation.id, action: "conversation.assigned" } })).toBe(1);
    const notification = await testDb().notification.findFirstOrThrow({ where: { userId: w.users.bruno.id } });
    expect(notification).toMatchObject({ title: null, data: { conversationId: w.conversation.id, leadName: "Maria Teste" } });
    const view = (await getNotification(testDb(), w.actors.bruno, notification.id))!;
    expect(notificationText(translator("pt-BR"), view).title).toBe(`${w.users.manager.name} passou a conversa com Maria Teste para você`);
    expect(notificationText(translator("en"), view).title).toBe(`${w.users.manager.name} handed you the conversation with Maria Teste`);
    const channels = r.pushes.map((p) => `${p.channel}:${p.event.name}`);
    expect(channels).toEqual(
      expect.arrayContaining([
        `${conversationChannel(w.conversation.id)}:conversation.updated`,
        `${inboxChannel(w.users.ana.id)}:conversation.updated`,
        `${inboxChannel(w.users.bruno.id)}:conversation.updated`,
        `${inboxChannel(w.users.bruno.id)}:notification.created`,
        `${managersInboxChannel}:conversation.updated`,
      ]),
    );
    expect(await callerFor(w.users.bruno).inbox.notification({ notificationId: notification.id })).toMatchObject({ conversationId: w.conversation.id });
    expect(await callerFor(w.users.ana).inbox.notification({ notificationId: notification.id })).toBeNull();
  });

  it("the assignee transfers to another broker but cannot unassign; other brokers cannot touch it", async () => {
    const w = await inboxWorld(testDb());
    const r = recorder();
    await expect(assignConversation(testDb(), w.actors.ana, { conversationId: w.conversation.id, assigneeId: null }, r.deps)).rejects.toMatchObject({ key: "inbox.cannotAssign" });
    await expect(assignConversation(testDb(), w.actors.bruno, { conversationId: w.conversation.id, assigneeId: w.users.bruno.id }, r.deps)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assignConversation(testDb(), w.actors.ana, { conversationId: w.conversation.id, assigneeId: w.users.outsider.id }, r.deps)).rejects.toMatchObject({ key: "inbox.assigneeCannotUseInbox" });
    expect(await assignConversation(testDb(), w.actors.ana, { conversationId: w.conversation.id, assigneeId: w.users.bruno.id }, r.deps)).toEqual({ changed: true });
    // Ana no longer sees it.
    await expect(callerFor(w.users.ana).inbox.conversation({ conversationId: w.conversation.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("close", () => {
  it("the assignee closes; it is recorded and pushed; a second close changes nothing", async () => {
    const w = await inboxWorld(testDb());
    const r = recorder();
    await expect(closeConversation(testDb(), w.actors.bruno, w.conversation.id, r.deps)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await closeConversation(testDb(), w.actors.ana, w.conversation.id, r.deps)).toEqual({ changed: true });
    const closed = await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
    expect(closed).toMatchObject({ status: "CLOSED", unreadCount: 0 });
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(await testDb().leadEvent.count({ where: { conversationId: w.conversation.id, type: "CONVERSATION_CLOSED", actorId: w.users.ana.id } })).toBe(1);
    expect(r.pushes.length).toBeGreaterThan(0);
    expect(await closeConversation(testDb(), w.actors.manager, w.conversation.id, r.deps)).toEqual({ changed: false });
  });
});
