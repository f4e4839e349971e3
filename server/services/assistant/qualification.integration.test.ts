import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessageDirection } from "@/generated/prisma/enums";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { uniqueWord } from "@/prisma/seed/unique";
import { createAssistantGateway } from "@/server/services/assistant/assistant-gateway";
import { listLeadEvents } from "@/server/services/leads/list-lead-events";
import { listLeads } from "@/server/services/leads/list-leads";
import { saveQualification } from "@/server/services/leads/save-qualification";
import { startStandInAssistant, type StandInAssistant } from "@/test/assistant/stand-in-assistant";
import { ScriptedAiProvider } from "@/test/assistant/scripted-ai-provider";
import { callerFor } from "@/test/caller";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { testDb } from "@/test/db";
import { extractQualification } from "./extract-qualification";

const db = () => testDb();
let assistant: StandInAssistant;

beforeAll(async () => {
  assistant = await startStandInAssistant();
});
afterAll(async () => {
  await assistant?.close();
});

/** Ana's lead, in a development of its own, talking about what it wants on a channel with the assistant on. */
async function world() {
  const w = await inboxWorld(db());
  await db().channel.update({ where: { id: w.channel.id }, data: { assistantEnabled: true } });
  const development = await db().development.create({ data: { name: `Residencial ${uniqueWord()}` } });
  const lead = await seedLead(db(), { ownerId: w.users.ana.id, developmentIds: [development.id] });
  const conversation = await seedConversation(db(), {
    leadId: lead.id,
    channelId: w.channel.id,
    assigneeId: w.users.ana.id,
    messages: [
      { direction: MessageDirection.INBOUND, body: `Oi! Quero comprar um apartamento de 2 quartos no ${development.name}, até 500 mil.`, minutesAgo: 30 },
      { direction: MessageDirection.OUTBOUND, body: "Temos sim! Vai financiar?", minutesAgo: 20 },
    ],
  });
  await db().message.create({
    data: { conversationId: conversation.id, direction: "INBOUND", type: "AUDIO", status: "RECEIVED", transcript: "Vou usar o FGTS. Queria visitar o decorado sábado de manhã.", transcriptStatus: "DONE" },
  });
  return { ...w, lead, development, conversation };
}

describe("lead qualification", () => {
  it("proposes each field with its confidence, read by the stand-in over HTTP from the lead's lines and voice notes; nothing is saved", async () => {
    const w = await world();
    const proposal = await extractQualification(db(), w.actors.ana, { leadId: w.lead.id }, { gateway: assistant.gateway });
    expect(proposal.fields).toEqual({
      interest: { value: "apartamento para comprar", confidence: 0.7 },
      bedrooms: { value: 2, confidence: 0.9 },
      budgetMin: null,
      budgetMax: { value: 500_000, confidence: 0.8 },
      financing: { value: "YES", confidence: 0.8 },
      visitWanted: { value: true, confidence: 0.8 },
      visitWhen: { value: expect.stringMatching(/^sábado de manhã/), confidence: 0.7 },
    });
    expect(proposal.interestDevelopmentId).toBe(w.development.id);
    expect(proposal.developments).toEqual([{ id: w.development.id, name: w.development.name }]);
    expect(proposal.standIn).toBe(true);
    expect(await db().lead.findUniqueOrThrow({ where: { id: w.lead.id } })).toMatchObject({ bedrooms: null, qualifiedAt: null });
    const call = await db().assistantCall.findFirstOrThrow({ where: { channelId: w.channel.id, feature: "QUALIFICATION" } });
    expect(call).toMatchObject({ actorId: w.users.ana.id, outcome: "OK" });
    expect(call.system).toMatch(/^TAREFA: qualificacao/);
  });

  it("a malformed answer is the broker's pt-BR error, never a crash; the assistant off says so", async () => {
    const w = await world();
    const broken = createAssistantGateway({ db: db(), getAiProvider: () => new ScriptedAiProvider({ reply: '{"bedrooms": {"value": 2,' }) });
    await expect(extractQualification(db(), w.actors.ana, { leadId: w.lead.id }, { gateway: broken })).rejects.toMatchObject({ key: "leads.assistantAnswerMalformed" });
    await db().channel.update({ where: { id: w.channel.id }, data: { assistantEnabled: false } });
    await expect(callerFor(w.users.ana).leads.qualify({ leadId: w.lead.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "assistant.disabledForChannel" });
  });

  it("saves what the broker confirmed or edited, records each change on the history, and the list filters by it", async () => {
    const w = await world();
    const saved = await saveQualification(db(), w.actors.ana, {
      leadId: w.lead.id,
      interest: "apartamento para comprar",
      interestDevelopmentId: w.development.id,
      bedrooms: 3,
      budgetMax: 500_000,
      financing: "YES",
      visitWanted: true,
      visitWhen: "sábado de manhã",
    });
    expect(saved).toEqual({ changed: true, fields: ["interest", "interestDevelopmentId", "bedrooms", "budgetMax", "financing", "visitWanted", "visitWhen"] });
    expect(await db().lead.findUniqueOrThrow({ where: { id: w.lead.id } })).toMatchObject({ bedrooms: 3, budgetMin: null, budgetMax: 500_000, financing: "YES", visitWanted: true, qualifiedAt: expect.any(Date) });

    const history = await listLeadEvents(db(), w.actors.ana, { leadId: w.lead.id });
    expect(history.items[0]).toMatchObject({ type: "LEAD_QUALIFIED", actor: { id: w.users.ana.id }, qualification: { source: "assistant" } });
    expect(history.items[0]?.qualification?.changes).toContainEqual({ field: "interestDevelopmentId", from: null, to: w.development.id, fromName: null, toName: w.development.name });
    expect(history.items[0]?.qualification?.changes).toContainEqual({ field: "bedrooms", from: null, to: 3, fromName: null, toName: null });

    // The same values again change nothing and write nothing.
    expect(await saveQualification(db(), w.actors.ana, { leadId: w.lead.id, bedrooms: 3 })).toEqual({ changed: false });
    await expect(saveQualification(db(), w.actors.ana, { leadId: w.lead.id, budgetMin: 900_000 })).rejects.toMatchObject({ key: "leads.budgetRange" });

    const ids = async (input: { bedrooms?: number; visitWanted?: boolean }) => (await listLeads(db(), w.actors.ana, { ...input, limit: 100 })).items.map((l) => l.id);
    expect(await ids({ bedrooms: 3 })).toContain(w.lead.id);
    expect(await ids({ bedrooms: 2 })).not.toContain(w.lead.id);
    expect(await ids({ visitWanted: true, bedrooms: 3 })).toContain(w.lead.id);
    expect(await ids({ visitWanted: false })).not.toContain(w.lead.id);
    // Through tRPC, as the lead list asks.
    const listed = await callerFor(w.users.ana).leads.list({ bedrooms: 3, visitWanted: true, limit: 100 });
    expect(listed.items.find((l) => l.id === w.lead.id)).toMatchObject({ bedrooms: 3, visitWanted: true });
  });

  it("follows the lead's visibility per role: owner and managers save, another broker and a user without the inbox cannot", async () => {
    const w = await world();
    await expect(callerFor(w.users.ana).leads.saveQualification({ leadId: w.lead.id, bedrooms: 2 })).resolves.toMatchObject({ changed: true });
    await expect(callerFor(w.users.manager).leads.saveQualification({ leadId: w.lead.id, bedrooms: 4 })).resolves.toMatchObject({ changed: true });
    await expect(callerFor(w.users.admin).leads.saveQualification({ leadId: w.lead.id, visitWanted: false })).resolves.toMatchObject({ changed: true });
    await expect(callerFor(w.users.bruno).leads.saveQualification({ leadId: w.lead.id, bedrooms: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(w.users.outsider).leads.saveQualification({ leadId: w.lead.id, bedrooms: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(w.users.bruno).leads.qualify({ leadId: w.lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(w.users.outsider).leads.summarize({ leadId: w.lead.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().lead.findUniqueOrThrow({ where: { id: w.lead.id } })).toMatchObject({ bedrooms: 4, visitWanted: false });
  });
});
