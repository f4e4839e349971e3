import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessageDirection } from "@/generated/prisma/enums";
import { translateError } from "@/server/i18n/translate-error";
import { createAssistantGateway } from "@/server/services/assistant/assistant-gateway";
import { assignConversation } from "@/server/services/inbox/assign-conversation";
import { closeConversation } from "@/server/services/inbox/close-conversation";
import { listLeadEvents } from "@/server/services/leads/list-lead-events";
import { startStandInAssistant, type StandInAssistant } from "@/test/assistant/stand-in-assistant";
import { ScriptedAiProvider } from "@/test/assistant/scripted-ai-provider";
import { callerFor } from "@/test/caller";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { recordingJobs } from "@/test/recording-jobs";
import { testDb } from "@/test/db";
import { summarizeInBackground, summarizeLeadConversation } from "./summarize-conversation";

const db = () => testDb();
let assistant: StandInAssistant;

beforeAll(async () => {
  assistant = await startStandInAssistant();
});
afterAll(async () => {
  await assistant?.close();
});

/** The inbox world (Ana's conversation with Maria) with a voice note, on a channel whose assistant is on or off. */
async function world(assistantEnabled = true) {
  const w = await inboxWorld(db());
  await db().channel.update({ where: { id: w.channel.id }, data: { assistantEnabled } });
  await db().message.create({
    data: {
      conversationId: w.conversation.id,
      direction: MessageDirection.INBOUND,
      type: "AUDIO",
      status: "RECEIVED",
      transcript: "Queria visitar o decorado no sábado",
      transcriptStatus: "DONE",
    },
  });
  return w;
}

const noPush = { publish: async () => undefined };

describe("the conversation summary", () => {
  it("on demand: built from the conversation and its transcripts by the stand-in over HTTP, stored on the lead's history as data", async () => {
    const w = await world();
    const result = await summarizeLeadConversation(db(), w.actors.ana, { leadId: w.lead.id }, { gateway: assistant.gateway });
    // The stand-in's rules read "2 dormitórios", the floor plan and the visit from Maria's lines, the transcript included.
    expect(result.summary.wants).toMatch(/2 dormitorios/);
    expect(result.summary.wants).toMatch(/planta/);
    expect(result.summary.wants).toMatch(/visitar/);
    expect(result.summary.pending).toContain("Queria visitar o decorado no sábado");

    const event = await db().leadEvent.findUniqueOrThrow({ where: { id: result.eventId } });
    expect(event).toMatchObject({ type: "CONVERSATION_SUMMARY", conversationId: w.conversation.id, actorId: w.users.ana.id, data: { ...result.summary, trigger: "manual" } });
    const history = await listLeadEvents(db(), w.actors.ana, { leadId: w.lead.id });
    expect(history.items[0]).toMatchObject({ type: "CONVERSATION_SUMMARY", summary: { ...result.summary, trigger: "manual" } });

    // What was sent: the task line and the voice note by its words.
    const call = await db().assistantCall.findFirstOrThrow({ where: { channelId: w.channel.id, feature: "SUMMARY" } });
    expect(call.system).toMatch(/^TAREFA: resumo/);
    expect(call.prompt).toContain("Lead: (áudio) Queria visitar o decorado no sábado");
    expect(call.prompt).toContain("Corretor: Tem sim!");
  });

  it("on demand says why it cannot run: the assistant off, no provider, no conversation to see, or an answer that is not a summary", async () => {
    const off = await world(false);
    await expect(summarizeLeadConversation(db(), off.actors.ana, { leadId: off.lead.id }, { gateway: assistant.gateway })).rejects.toMatchObject({ key: "assistant.disabledForChannel" });

    const on = await world();
    const noProvider = createAssistantGateway({ db: db(), getAiProvider: () => null });
    await expect(summarizeLeadConversation(db(), on.actors.ana, { leadId: on.lead.id }, { gateway: noProvider })).rejects.toMatchObject({ key: "assistant.notConfigured" });
    await expect(summarizeLeadConversation(db(), on.actors.bruno, { leadId: on.lead.id }, { gateway: assistant.gateway })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const rambling = createAssistantGateway({ db: db(), getAiProvider: () => new ScriptedAiProvider({ reply: "O lead quer um apartamento, acho." }) });
    await expect(summarizeLeadConversation(db(), on.actors.ana, { leadId: on.lead.id }, { gateway: rambling })).rejects.toMatchObject({ key: "leads.assistantAnswerMalformed" });
    expect(await db().leadEvent.count({ where: { leadId: { in: [off.lead.id, on.lead.id] }, type: "CONVERSATION_SUMMARY" } })).toBe(0);

    // Through tRPC the same refusal, which the broker reads in pt-BR.
    await expect(callerFor(off.users.ana).leads.summarize({ leadId: off.lead.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "assistant.disabledForChannel" });
    expect(translateError("pt-BR", "assistant.disabledForChannel")).toMatch(/desligado neste canal/);
    expect(translateError("pt-BR", "leads.assistantAnswerMalformed")).toMatch(/formato inesperado/);
  });

  it("a transfer and a close ask for it in the background when the channel's assistant is on, never otherwise", async () => {
    const on = await world();
    const { jobs, events } = recordingJobs();
    await assignConversation(db(), on.actors.ana, { conversationId: on.conversation.id, assigneeId: on.users.bruno.id }, { ...noPush, jobs });
    await closeConversation(db(), on.actors.manager, on.conversation.id, { ...noPush, jobs });
    expect(events.map((e) => [e.name, e.data])).toEqual([
      ["comunicador/conversation.summary-requested", { conversationId: on.conversation.id, trigger: "transfer" }],
      ["comunicador/conversation.summary-requested", { conversationId: on.conversation.id, trigger: "close" }],
    ]);
    expect(events[0]?.id).toMatch(new RegExp(`^conversation-summary-${on.conversation.id}-transfer-\\d+$`));

    const off = await world(false);
    const quiet = recordingJobs();
    await assignConversation(db(), off.actors.ana, { conversationId: off.conversation.id, assigneeId: off.users.bruno.id }, { ...noPush, jobs: quiet.jobs });
    expect(quiet.events).toEqual([]);

    // A queue that cannot be reached costs the summary, never the transfer.
    const down = await world();
    const failing = recordingJobs({ fail: true });
    expect(await assignConversation(db(), down.actors.ana, { conversationId: down.conversation.id, assigneeId: down.users.bruno.id }, { ...noPush, jobs: failing.jobs })).toEqual({ changed: true });
  });

  it("the job writes it for the next broker, and skips quietly when it may not run", async () => {
    const w = await world();
    expect(await summarizeInBackground(db(), { conversationId: w.conversation.id, trigger: "transfer" }, { gateway: assistant.gateway })).toBe("written");
    const event = await db().leadEvent.findFirstOrThrow({ where: { conversationId: w.conversation.id, type: "CONVERSATION_SUMMARY" } });
    expect(event).toMatchObject({ actorId: null, data: expect.objectContaining({ trigger: "transfer" }) });

    const off = await world(false);
    expect(await summarizeInBackground(db(), { conversationId: off.conversation.id, trigger: "close" }, { gateway: assistant.gateway })).toBe("skipped");
    const noProvider = createAssistantGateway({ db: db(), getAiProvider: () => null });
    expect(await summarizeInBackground(db(), { conversationId: w.conversation.id, trigger: "close" }, { gateway: noProvider })).toBe("skipped");
    expect(await summarizeInBackground(db(), { conversationId: "nao-existe", trigger: "close" }, { gateway: assistant.gateway })).toBe("skipped");
    const rambling = createAssistantGateway({ db: db(), getAiProvider: () => new ScriptedAiProvider({ reply: "sem JSON" }) });
    expect(await summarizeInBackground(db(), { conversationId: w.conversation.id, trigger: "close" }, { gateway: rambling })).toBe("malformed");

    // Provider trouble is thrown, for Inngest to retry.
    await assistant.fail("down", 1);
    await expect(summarizeInBackground(db(), { conversationId: w.conversation.id, trigger: "close" }, { gateway: assistant.gateway })).rejects.toMatchObject({ key: "assistant.unavailable" });
  });
});
