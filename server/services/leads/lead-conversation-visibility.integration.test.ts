import { describe, expect, it } from "vitest";
import { LeadEventType, MessageDirection } from "@/generated/prisma/enums";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation } from "@/prisma/seed/leads";
import { assignConversation } from "@/server/services/inbox/assign-conversation";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";

const noPush = { publish: async () => {} };

// Ana owns the lead, so she keeps seeing the lead itself after handing its conversation to Bruno;
// what she must stop reading is that conversation, however she reaches it.
async function transferredWorld() {
  const w = await inboxWorld(testDb());
  await testDb().leadEvent.create({ data: { leadId: w.lead.id, type: LeadEventType.LEAD_CREATED, data: { origin: "WHATSAPP" } } });
  const otherChannel = await seedChannel(testDb());
  const kept = await seedConversation(testDb(), {
    leadId: w.lead.id,
    channelId: otherChannel.id,
    assigneeId: w.users.ana.id,
    messages: [{ direction: MessageDirection.INBOUND, body: "Sou eu de novo, pelo outro número", minutesAgo: 60 }],
  });
  return { ...w, kept };
}

const TRANSFERRED_TEXTS = ["Oi, tem unidade de 2 dormitórios?", "Tem sim!", "Pode mandar a planta?"];

async function whatSees(user: { id: string }, leadId: string) {
  const api = callerFor(user);
  const lead = await api.leads.get({ leadId });
  const history = await api.leads.history({ leadId, limit: 100 });
  return { lead, history, text: JSON.stringify({ lead, history }) };
}

describe("the lead's page follows the inbox's visibility rule", () => {
  it("a broker who transferred a conversation away no longer reads it through the lead's previews and history", async () => {
    const w = await transferredWorld();
    const before = await whatSees(w.users.ana, w.lead.id);
    expect(before.lead.conversations.map((c) => c.id)).toContain(w.conversation.id);
    for (const text of TRANSFERRED_TEXTS) expect(before.text).toContain(text);

    await assignConversation(testDb(), w.actors.ana, { conversationId: w.conversation.id, assigneeId: w.users.bruno.id }, noPush);

    const after = await whatSees(w.users.ana, w.lead.id);
    expect(after.lead.conversations.map((c) => c.id)).toEqual([w.kept.id]);
    expect(after.history.items.filter((e) => e.conversationId === w.conversation.id)).toEqual([]);
    for (const text of TRANSFERRED_TEXTS) expect(after.text).not.toContain(text);
    // Her own conversation and the lead's own lines stay.
    expect(after.text).toContain("Sou eu de novo, pelo outro número");
    expect(after.history.items.map((e) => e.type)).toContain(LeadEventType.LEAD_CREATED);

    // The chat's side panel (reached through the conversation she still has) hides it too.
    const panel = await callerFor(w.users.ana).inbox.leadPanel({ conversationId: w.kept.id });
    expect(panel.history.length).toBeGreaterThan(0);
    const transferredEventIds = (await testDb().leadEvent.findMany({ where: { conversationId: w.conversation.id }, select: { id: true } })).map((e) => e.id);
    expect(panel.history.map((e) => e.id).filter((id) => transferredEventIds.includes(id))).toEqual([]);
  });

  it("the new assignee and a manager who sees every conversation still read it", async () => {
    const w = await transferredWorld();
    await assignConversation(testDb(), w.actors.ana, { conversationId: w.conversation.id, assigneeId: w.users.bruno.id }, noPush);
    for (const user of [w.users.bruno, w.users.manager, w.users.admin]) {
      const seen = await whatSees(user, w.lead.id);
      expect(seen.lead.conversations.map((c) => c.id)).toContain(w.conversation.id);
      expect(seen.history.items.filter((e) => e.conversationId === w.conversation.id).map((e) => e.message?.body)).toEqual(
        expect.arrayContaining(TRANSFERRED_TEXTS),
      );
    }
  });
});
