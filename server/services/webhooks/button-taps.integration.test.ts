import { describe, expect, it, vi } from "vitest";
import { ChannelMode, ConversationStatus, Initiator, LeadEventType, MessageDirection, MessageStatus } from "@/generated/prisma/client";
import { inboundMessagesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { getDb } from "@/server/db";
import { callerFor } from "@/test/caller";
import { actorFor, capturingDeps, refusalOf, requestId } from "@/test/conversations/new-conversation-fixtures";
import { postWebhook, randomWaId, seedWebhookChannel } from "@/test/webhooks/webhook-kit";
import { startWithTemplate } from "@/server/services/conversations/start-with-template";
import { newConversationOptions } from "@/server/services/conversations/new-conversation-options";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => getDb();

// A lead who received a marketing template with a "Quero visitar" and an opt-out quick reply.
async function leadWithTemplate() {
  const { channel, business } = await seedWebhookChannel(db(), { mode: ChannelMode.ACTIVE });
  const broker = await actorFor(db());
  const waId = randomWaId();
  const lead = await seedLead(db(), { name: "Maria", phone: `+${waId}`, ownerId: broker.user.id });
  const conversation = await db().conversation.create({
    data: { leadId: lead.id, channelId: channel.id, assigneeId: broker.user.id, status: ConversationStatus.OPEN, initiatedBy: Initiator.BUSINESS },
  });
  const wamid = `wamid.T${uniqueSuffix()}`;
  const template = await db().message.create({
    data: {
      conversationId: conversation.id,
      direction: MessageDirection.OUTBOUND,
      type: "TEMPLATE",
      status: MessageStatus.DELIVERED,
      wamid,
      body: "Olá Maria! O Jardins foi lançado.",
      content: { template: { name: "lancamento", language: "pt_BR", buttons: [{ type: "QUICK_REPLY", text: "Quero visitar" }, { type: "QUICK_REPLY", text: "Parar promoções", optOut: true }] } },
    },
  });
  const tap = (text: string, payload?: string, id = `wamid.B${uniqueSuffix()}`) =>
    postWebhook(inboundMessagesWebhook({ business, contact: { name: "Maria", waId }, messages: [inboundMessage.templateButton({ from: waId, id, text, payload, context: { id: wamid } })] }));
  return { channel, broker, lead, conversation, template, wamid, waId, business, tap };
}

const leadRow = (id: string) => db().lead.findUniqueOrThrow({ where: { id } });

describe("the lead taps a template's button", () => {
  it("stores the choice linked to the template it answers; an ordinary quick reply changes nothing else", async () => {
    const w = await leadWithTemplate();
    expect((await w.tap("Quero visitar", "QUICK_REPLY_0")).status).toBe(200);
    const choice = await db().message.findFirstOrThrow({ where: { conversationId: w.conversation.id, direction: "INBOUND" } });
    expect(choice).toMatchObject({ type: "BUTTON", body: "Quero visitar", replyToWamid: w.wamid });
    expect((await leadRow(w.lead.id)).marketingOptOutAt).toBeNull();
    // The inbox shows it as the lead's choice, quoting the template.
    const view = await callerFor(w.broker.user).inbox.messages({ conversationId: w.conversation.id });
    const shown = view.items.find((m) => m.id === choice.id);
    expect(shown).toMatchObject({ details: { kind: "reply", title: "Quero visitar", optOut: false }, replyTo: { id: w.template.id, body: w.template.body } });
  });

  it("an opt-out tap (our payload) sets the marketing opt-out once, on the lead's history, even when Meta redelivers it", async () => {
    const w = await leadWithTemplate();
    const id = `wamid.B${uniqueSuffix()}`;
    await w.tap("Parar promoções", "OPT_OUT", id);
    await w.tap("Parar promoções", "OPT_OUT", id);
    const lead = await leadRow(w.lead.id);
    const tap = await db().message.findUniqueOrThrow({ where: { wamid: id } });
    expect(lead.marketingOptOutAt).toBeInstanceOf(Date);
    expect(lead.marketingOptOutMessageId).toBe(tap.id);
    // The lead page and the chat's side panel show it.
    expect((await callerFor(w.broker.user).leads.get({ leadId: w.lead.id })).marketingOptOutAt).toEqual(lead.marketingOptOutAt);
    expect((await callerFor(w.broker.user).inbox.leadPanel({ conversationId: w.conversation.id })).lead.marketingOptOutAt).toEqual(lead.marketingOptOutAt);
    const events = await db().leadEvent.findMany({ where: { leadId: w.lead.id, type: LeadEventType.MARKETING_OPTED_OUT } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ messageId: tap.id, conversationId: w.conversation.id, data: { buttonText: "Parar promoções" } });
    const view = await callerFor(w.broker.user).inbox.messages({ conversationId: w.conversation.id });
    expect(view.items.find((m) => m.id === tap.id)?.details).toMatchObject({ kind: "reply", optOut: true });
  });

  it("also by the button's text when the tap carries Meta's default payload, through the answered template's opt-out button", async () => {
    const w = await leadWithTemplate();
    await w.tap("Parar promoções");
    expect((await leadRow(w.lead.id)).marketingOptOutAt).toBeInstanceOf(Date);
  });

  it("interactive button replies are stored as the lead's choice too", async () => {
    const w = await leadWithTemplate();
    await postWebhook(inboundMessagesWebhook({ business: w.business, contact: { name: "Maria", waId: w.waId }, messages: [inboundMessage.buttonReply({ from: w.waId, replyId: "agendar", title: "Agendar visita", context: { id: w.wamid } })] }));
    expect(await db().message.findFirstOrThrow({ where: { conversationId: w.conversation.id, direction: "INBOUND" } })).toMatchObject({ type: "INTERACTIVE", body: "Agendar visita", replyToWamid: w.wamid });
    expect((await leadRow(w.lead.id)).marketingOptOutAt).toBeNull();
  });
});

describe("an opted-out lead", () => {
  it("is refused marketing templates in Nova conversa (utility still allowed) until a broker clears it after the lead wrote again", async () => {
    const w = await leadWithTemplate();
    const onlyName = { body: "Olá {{1}}, tudo bem?", variables: [{ index: 1, variable: "CLIENT_NAME", example: "Maria" }] };
    const marketing = await seedTemplate(db(), { channelId: w.channel.id, ...onlyName });
    const utility = await db().messageTemplate.update({ where: { id: (await seedTemplate(db(), { channelId: w.channel.id, ...onlyName })).id }, data: { category: "UTILITY" } });
    await w.tap("Parar promoções", "OPT_OUT");
    await db().conversation.update({ where: { id: w.conversation.id }, data: { status: "EXPIRED" } });

    const options = await newConversationOptions(db(), w.broker.actor, { leadId: w.lead.id });
    expect(options.lead.marketingOptOut).toMatchObject({ clearable: false });
    const offered = options.channels.find((c) => c.id === w.channel.id)!.templates;
    expect(offered.find((t) => t.id === marketing.id)?.refusal).toMatchObject({ key: "leads.marketingOptedOut" });
    expect(offered.find((t) => t.id === utility.id)?.refusal).toBeNull();

    const { deps } = capturingDeps();
    const start = (templateId: string) => startWithTemplate(db(), w.broker.actor, { leadId: w.lead.id, channelId: w.channel.id, templateId, clientRequestId: requestId() }, deps);
    expect(await refusalOf(start(marketing.id))).toEqual({ code: "PRECONDITION_FAILED", message: expect.stringContaining("pediu para não receber promoções") });

    const api = callerFor(w.broker.user);
    expect(await refusalOf(api.leads.clearMarketingOptOut({ leadId: w.lead.id }))).toMatchObject({ message: expect.stringContaining("depois que o lead escrever de novo") });
    await postWebhook(inboundMessagesWebhook({ business: w.business, contact: { name: "Maria", waId: w.waId }, messages: [inboundMessage.text({ from: w.waId, body: "Quero sim receber as novidades" })] }));
    expect((await newConversationOptions(db(), w.broker.actor, { leadId: w.lead.id })).lead.marketingOptOut).toMatchObject({ clearable: true });
    await api.leads.clearMarketingOptOut({ leadId: w.lead.id });
    expect((await leadRow(w.lead.id)).marketingOptOutAt).toBeNull();
    expect(await db().leadEvent.findFirst({ where: { leadId: w.lead.id, type: LeadEventType.MARKETING_OPT_OUT_CLEARED } })).toMatchObject({ actorId: w.broker.user.id });
    await expect(start(marketing.id)).resolves.toMatchObject({ replayed: false });
  });

  it("clearing is checked by role: another broker does not see the lead, a manager does, no session is refused", async () => {
    const w = await leadWithTemplate();
    await w.tap("Parar promoções", "OPT_OUT");
    const other = callerFor(await seedUser(db(), { profile: "broker" }));
    await expect(other.leads.clearMarketingOptOut({ leadId: w.lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const manager = callerFor(await seedUser(db(), { profile: "manager" }));
    await expect(manager.leads.clearMarketingOptOut({ leadId: w.lead.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(callerFor(null).leads.clearMarketingOptOut({ leadId: w.lead.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
