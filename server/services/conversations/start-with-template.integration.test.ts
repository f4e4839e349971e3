import { describe, expect, it } from "vitest";
import { ConversationStatus, Initiator, MessageDirection } from "@/generated/prisma/enums";
import { seedConversation } from "@/prisma/seed/leads";
import { conversationChannel, inboxChannel, managersInboxChannel } from "@/server/realtime/channels";
import { testDb } from "@/test/db";
import { actorFor, capturingDeps, requestId, startScene } from "@/test/conversations/new-conversation-fixtures";
import { startWithTemplate } from "./start-with-template";

const db = () => testDb();

describe("startWithTemplate", () => {
  it("opens a business-initiated conversation with the template QUEUED, params in Meta's order, then asks Inngest to send it", async () => {
    const scene = await startScene(db());
    const { deps, sends, pushes, armed } = capturingDeps();
    const clientRequestId = requestId();
    const before = Date.now();
    const result = await startWithTemplate(db(), scene.actor, { leadId: scene.lead.id, channelId: scene.channel.id, templateId: scene.template.id, clientRequestId }, deps);
    // Unanswered, it closes after the channel's window: conversation/expire is armed for then.
    expect(armed).toHaveLength(1);
    expect(armed[0]?.conversationId).toBe(result.conversationId);
    expect(+(armed[0]?.deadline ?? 0) - before).toBeGreaterThanOrEqual(24 * 3_600_000);

    const message = await db().message.findUniqueOrThrow({ where: { id: result.messageId } });
    expect(message).toMatchObject({
      conversationId: result.conversationId,
      direction: "OUTBOUND",
      type: "TEMPLATE",
      status: "QUEUED",
      templateId: scene.template.id,
      senderId: scene.user.id,
      clientRequestId,
    });
    // {{1}} client, {{2}} broker, {{3}} development: the lead's first development by name.
    expect(message.templateParams).toEqual([scene.lead.name, scene.user.name, scene.firstDevelopment.name]);
    expect(message.body).toBe(`Olá ${scene.lead.name}, aqui é ${scene.user.name}. Vi seu interesse no ${scene.firstDevelopment.name} e separei as novidades para você. Podemos conversar?`);

    const conversation = await db().conversation.findUniqueOrThrow({ where: { id: result.conversationId } });
    expect(conversation).toMatchObject({
      leadId: scene.lead.id,
      channelId: scene.channel.id,
      status: ConversationStatus.OPEN,
      initiatedBy: Initiator.BUSINESS,
      windowExpiresAt: null,
      assigneeId: scene.user.id,
      lastMessageDirection: MessageDirection.OUTBOUND,
      lastMessageStatus: "QUEUED",
      lastMessageType: "TEMPLATE",
      lastMessagePreview: `${message.body?.slice(0, 119)}…`,
    });

    const events = await db().leadEvent.findMany({ where: { leadId: scene.lead.id, conversationId: result.conversationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(events.map((e) => e.type)).toEqual(["TEMPLATE_SENT", "CONVERSATION_STARTED"]);
    expect(events[0]).toMatchObject({ messageId: message.id, actorId: scene.user.id });

    expect(sends).toEqual([[message.id]]);
    const sent = pushes.flat().map((p) => `${p.channel} ${p.event.name}`);
    expect(sent).toEqual(
      expect.arrayContaining([
        `${conversationChannel(result.conversationId)} message.created`,
        `${inboxChannel(scene.user.id)} conversation.updated`,
        `${managersInboxChannel} conversation.updated`,
      ]),
    );
  });

  it("is idempotent on clientRequestId, also when both requests race", async () => {
    const scene = await startScene(db());
    const { deps, sends } = capturingDeps();
    const input = { leadId: scene.lead.id, channelId: scene.channel.id, templateId: scene.template.id, clientRequestId: requestId() };
    const [a, b] = await Promise.all([startWithTemplate(db(), scene.actor, input, deps), startWithTemplate(db(), scene.actor, input, deps)]);
    const retry = await startWithTemplate(db(), scene.actor, input, deps);
    expect(b.messageId).toBe(a.messageId);
    expect(retry).toMatchObject({ messageId: a.messageId, conversationId: a.conversationId, replayed: true });
    expect(await db().message.count({ where: { conversationId: a.conversationId } })).toBe(1);
    expect(await db().leadEvent.count({ where: { conversationId: a.conversationId, type: "TEMPLATE_SENT" } })).toBe(1);
    // A retry of a still-QUEUED message asks again; the Inngest event id dedupes it.
    expect(sends.flat().every((id) => id === a.messageId)).toBe(true);
  });

  it("refuses someone else's clientRequestId instead of returning their message", async () => {
    const scene = await startScene(db());
    const other = await startScene(db());
    const { deps } = capturingDeps();
    const clientRequestId = requestId();
    await startWithTemplate(db(), scene.actor, { leadId: scene.lead.id, channelId: scene.channel.id, templateId: scene.template.id, clientRequestId }, deps);
    await expect(
      startWithTemplate(db(), other.actor, { leadId: other.lead.id, channelId: other.channel.id, templateId: other.template.id, clientRequestId }, deps),
    ).rejects.toMatchObject({ code: "CONFLICT", key: "leads.duplicateRequest" });
  });

  it("names the development the broker chose among the lead's, and refuses one that is not the lead's", async () => {
    const scene = await startScene(db());
    const { deps } = capturingDeps();
    const base = { leadId: scene.lead.id, channelId: scene.channel.id, templateId: scene.template.id };
    const result = await startWithTemplate(db(), scene.actor, { ...base, developmentId: scene.secondDevelopment.id, clientRequestId: requestId() }, deps);
    const message = await db().message.findUniqueOrThrow({ where: { id: result.messageId } });
    expect(message.templateParams).toEqual([scene.lead.name, scene.user.name, scene.secondDevelopment.name]);

    const stranger = await db().development.create({ data: { name: `Outro ${requestId()}` } });
    await expect(startWithTemplate(db(), scene.actor, { ...base, developmentId: stranger.id, clientRequestId: requestId() }, deps)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      key: "leads.developmentNotOfLead",
    });
  });

  it("sends inside an open service window without restarting the conversation", async () => {
    const scene = await startScene(db());
    const existing = await seedConversation(db(), { leadId: scene.lead.id, channelId: scene.channel.id, assigneeId: scene.user.id });
    const { deps, armed } = capturingDeps();
    const result = await startWithTemplate(db(), scene.actor, { leadId: scene.lead.id, channelId: scene.channel.id, templateId: scene.template.id, clientRequestId: requestId() }, deps);
    expect(result.conversationId).toBe(existing.id);
    // The lead's own window governs: no business deadline that would cancel its sleeper.
    expect(armed).toEqual([]);
    const after = await db().conversation.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ initiatedBy: Initiator.LEAD, status: ConversationStatus.OPEN, windowExpiresAt: existing.windowExpiresAt });
    expect(await db().leadEvent.count({ where: { conversationId: existing.id, type: "CONVERSATION_STARTED" } })).toBe(0);
  });

  it("restarts an expired conversation as business-initiated and hands it to the broker who restarted it", async () => {
    const scene = await startScene(db());
    const { user: previous } = await actorFor(db());
    const expired = await seedConversation(db(), {
      leadId: scene.lead.id,
      channelId: scene.channel.id,
      assigneeId: previous.id,
      messages: [{ direction: MessageDirection.INBOUND, body: "Oi", minutesAgo: 30 * 60 }],
    });
    expect(expired.status).toBe(ConversationStatus.EXPIRED);
    const { deps, pushes } = capturingDeps();
    await startWithTemplate(db(), scene.actor, { leadId: scene.lead.id, channelId: scene.channel.id, templateId: scene.template.id, clientRequestId: requestId() }, deps);
    const after = await db().conversation.findUniqueOrThrow({ where: { id: expired.id } });
    expect(after).toMatchObject({ status: ConversationStatus.OPEN, initiatedBy: Initiator.BUSINESS, windowExpiresAt: null, closedAt: null, assigneeId: scene.user.id });
    const types = (await db().leadEvent.findMany({ where: { conversationId: expired.id, actorId: scene.user.id } })).map((e) => e.type).sort();
    expect(types).toEqual(["CONVERSATION_ASSIGNED", "CONVERSATION_STARTED", "TEMPLATE_SENT"]);
    expect(pushes.flat().map((p) => p.channel)).toContain(inboxChannel(previous.id));
  });
});
