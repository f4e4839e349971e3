import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { callerFor } from "@/test/caller";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { uniqueSuffix } from "@/prisma/seed/unique";
import type { Push } from "@/server/realtime/channels";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { recordingJobs } from "@/test/recording-jobs";
import { queueTemplateMessage } from "./queue-template-message";

function capture() {
  const sends: string[] = [];
  const pushes: Push[] = [];
  const { jobs, armed } = recordingJobs({ onSends: (batch) => void sends.push(...batch.map((s) => s.messageId)) });
  return {
    sends,
    pushes,
    armed,
    deps: {
      jobs,
      publish: async (p: Push[]) => void pushes.push(...p),
    },
  };
}

async function expiredWorld() {
  const w = await inboxWorld(testDb());
  const development = await seedDevelopment(testDb(), { media: [] });
  await testDb().lead.update({ where: { id: w.lead.id }, data: { developments: { connect: { id: development.id } } } });
  await testDb().conversation.update({ where: { id: w.conversation.id }, data: { status: "EXPIRED", windowExpiresAt: new Date(Date.now() - 60_000) } });
  const template = await seedTemplate(testDb(), { channelId: w.channel.id });
  return { ...w, development, template };
}

describe("sending a template from a chat whose window closed", () => {
  it("queues the template filled with the lead, broker and development, and the conversation awaits the reply", async () => {
    const w = await expiredWorld();
    const { deps, sends } = capture();
    const result = await queueTemplateMessage(testDb(), w.actors.ana, { conversationId: w.conversation.id, templateId: w.template.id, clientRequestId: `tpl-${uniqueSuffix()}` }, deps);
    expect(result.conversationId).toBe(w.conversation.id);
    const message = await testDb().message.findUniqueOrThrow({ where: { id: result.messageId } });
    expect(message).toMatchObject({ type: "TEMPLATE", status: "QUEUED", templateId: w.template.id, templateParams: ["Maria Teste", "Ana Teste", w.development.name] });
    expect(message.body).toContain(`Olá Maria Teste, aqui é Ana Teste. Vi seu interesse no ${w.development.name}`);
    expect(sends).toEqual([result.messageId]);
    expect(await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } })).toMatchObject({ status: "OPEN", windowExpiresAt: null });
  });

  it("is refused on a receptive channel, without active sending, and to brokers who cannot see the conversation", async () => {
    const w = await expiredWorld();
    const { deps } = capture();
    const input = { conversationId: w.conversation.id, templateId: w.template.id, clientRequestId: `tpl-${uniqueSuffix()}` };
    await expect(queueTemplateMessage(testDb(), w.actors.bruno, input, deps)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const noActiveSend = { ...w.actors.ana, permissions: new Set(["INBOX_USE" as const]) };
    await expect(queueTemplateMessage(testDb(), noActiveSend, input, deps)).rejects.toMatchObject({ key: "leads.noActiveSend" });
    const receptive = await seedChannel(testDb(), { mode: "RECEPTIVE" });
    await testDb().conversation.update({ where: { id: w.conversation.id }, data: { channelId: receptive.id } });
    await expect(queueTemplateMessage(testDb(), w.actors.ana, input, deps)).rejects.toMatchObject({ key: "leads.channelCannotStart" });
  });

  it("the inbox's template list previews each approved template for this lead", async () => {
    const w = await expiredWorld();
    await seedTemplate(testDb(), { channelId: w.channel.id, status: "PENDING" });
    const templates = await callerFor(w.users.ana).inbox.templates({ conversationId: w.conversation.id });
    expect(templates).toEqual([expect.objectContaining({ id: w.template.id, missing: null, preview: expect.stringContaining("Olá Maria Teste, aqui é Ana Teste") })]);
    const detail = await callerFor(w.users.ana).inbox.conversation({ conversationId: w.conversation.id });
    expect(detail.abilities).toMatchObject({ templateBlockedBy: null, replyBlockedBy: null, transfer: true, assign: false, markRead: true });
  });

  it("lists a rich template's header (rendered for this lead), footer and buttons beside its text", async () => {
    const w = await expiredWorld();
    await testDb().messageTemplate.update({
      where: { id: w.template.id },
      data: {
        headerFormat: "TEXT",
        headerText: "Novidades do {{1}}",
        headerVariables: [{ index: 1, variable: "DEVELOPMENT_NAME", example: "Jardins" }],
        footer: "Imobiliária Sol",
        buttons: [{ type: "QUICK_REPLY", text: "Quero visitar", optOut: false }],
      },
    });
    const [listed] = await callerFor(w.users.ana).inbox.templates({ conversationId: w.conversation.id });
    expect(listed).toMatchObject({
      missing: null,
      parts: { header: { format: "TEXT", text: `Novidades do ${w.development.name}` }, footer: "Imobiliária Sol", buttons: [{ type: "QUICK_REPLY", text: "Quero visitar" }] },
    });
  });

  it("marks marketing templates unavailable for a lead who opted out, and the send is refused with the reason", async () => {
    const w = await expiredWorld();
    await testDb().lead.update({ where: { id: w.lead.id }, data: { marketingOptOutAt: new Date() } });
    const templates = await callerFor(w.users.ana).inbox.templates({ conversationId: w.conversation.id });
    expect(templates).toEqual([expect.objectContaining({ id: w.template.id, category: "MARKETING", missing: "OPTED_OUT" })]);
    const { deps } = capture();
    await expect(queueTemplateMessage(testDb(), w.actors.ana, { conversationId: w.conversation.id, templateId: w.template.id, clientRequestId: `tpl-${uniqueSuffix()}` }, deps)).rejects.toMatchObject({
      key: "leads.marketingOptedOut",
    });
  });
});
