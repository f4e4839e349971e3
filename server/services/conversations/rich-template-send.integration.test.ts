import { describe, expect, it } from "vitest";
import { ChannelMode } from "@/generated/prisma/enums";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedChannel } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { checkTemplateReview } from "@/server/services/templates-meta/check-template-review";
import { submitTemplateToMeta } from "@/server/services/templates-meta/submit-template-to-meta";
import { deliverMessage, initialDeliveryState } from "@/server/services/messages/deliver-message";
import { callerFor } from "@/test/caller";
import { actorFor, capturingDeps, refusalOf, requestId } from "@/test/conversations/new-conversation-fixtures";
import { testDb } from "@/test/db";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { loadActor } from "@/server/auth/load-actor";
import { runCampaignStep } from "@/server/services/campaigns/run-campaign-step";
import { scheduleCampaign } from "@/server/services/campaigns/schedule-campaign";
import { deliverBatchRound, pendingSends } from "@/server/services/messages/deliver-batch";
import { startWithTemplate } from "./start-with-template";

// The whole life of a rich template against the WhatsApp sandbox, which checks what Meta checks:
// the sample reaches Meta through the Resumable Upload API, and each send's components must match
// the approved template (132000 / 132012 otherwise).
const db = () => testDb();
const APP_ID = "700000000000099";
const sandbox = sandboxForThisFile({ templateReviewDelayMs: 3_600_000 });

async function world() {
  const channel = await seedChannel(db(), { mode: ChannelMode.ACTIVE });
  await sandbox.registerNumber(channel);
  const development = await seedDevelopment(db(), { name: `Residencial Jardins ${uniqueSuffix()}`, media: [{ kind: "PHOTO", title: "Fachada" }] });
  const broker = await actorFor(db());
  const lead = await seedLead(db(), { name: "Maria", ownerId: broker.user.id, developmentIds: [development.id] });
  const adminUser = await seedUser(db(), { profile: "admin" });
  return { channel, development, photo: development.media[0]!, broker, lead, admin: callerFor(adminUser), adminUser };
}

async function approve(templateId: string, adminId: string) {
  await db().messageTemplate.update({ where: { id: templateId }, data: { submittedAt: new Date(), submittedById: adminId } });
  const submitted = await submitTemplateToMeta(db(), templateId, { appId: APP_ID });
  expect(submitted.status).toBe("PENDING");
  await sandbox.context.templateReview.decide(submitted.metaTemplateId!, "APPROVED");
  await checkTemplateReview(db(), templateId, "APPROVED");
  return submitted.metaTemplateId!;
}

const sandboxMessage = (wamid: string) => sandbox.context.store.getMessage(wamid);

type World = Awaited<ReturnType<typeof world>>;
type TemplateInput = Parameters<World["admin"]["templates"]["create"]>[0];

/** Created through the admin's procedure and approved in the sandbox; returns its id and Meta's. */
async function approvedTemplate(w: World, input: Omit<TemplateInput, "channelId" | "language">) {
  const { id } = await w.admin.templates.create({ channelId: w.channel.id, language: "pt_BR", ...input });
  return { id, metaId: await approve(id, w.adminUser.id) };
}

const startFor = (w: World, templateId: string, extra: Record<string, unknown> = {}) =>
  startWithTemplate(db(), w.broker.actor, { leadId: w.lead.id, channelId: w.channel.id, templateId, clientRequestId: requestId(), ...extra }, capturingDeps().deps);

const deliver = (messageId: string) => deliverMessage(db(), messageId, initialDeliveryState, { publish: async () => undefined });

describe("rich templates, from the form to the lead's phone", () => {
  it("image header from a development photo + footer + quick replies: sample uploaded for review, photo uploaded for the send, buttons with payloads", async () => {
    const w = await world();
    const { id, metaId } = await approvedTemplate(w, {
      name: `lancamento_${uniqueSuffix()}`,
      category: "MARKETING",
      editorBody: "Olá {{nome_cliente}}! O {{nome_empreendimento}} foi lançado. Vamos agendar uma visita?",
      examples: { CLIENT_NAME: "Joana", DEVELOPMENT_NAME: "Edifício Marina" },
      header: { format: "IMAGE", mediaAssetId: w.photo.id },
      footer: "Imobiliária Sol",
      buttons: [
        { type: "QUICK_REPLY", text: "Quero agendar uma visita", optOut: false },
        { type: "QUICK_REPLY", text: "Parar promoções", optOut: true },
      ],
    });
    const atMeta = sandbox.context.store.getTemplate(metaId)!;
    const header = atMeta.components.find((c) => c.type === "HEADER") as { format: string; example: { header_handle: string[] } };
    expect(header.format).toBe("IMAGE");
    const row = await db().messageTemplate.findUniqueOrThrow({ where: { id } });
    expect(header.example.header_handle).toEqual([row.headerHandle]);
    expect(row.headerHandleAssetId).toBe(w.photo.id);
    expect(atMeta.components.map((c) => c.type)).toEqual(["HEADER", "BODY", "FOOTER", "BUTTONS"]);

    const started = await startFor(w, id);
    const queued = await db().message.findUniqueOrThrow({ where: { id: started.messageId } });
    expect(queued).toMatchObject({ mediaAssetId: w.photo.id, mediaStorageKey: w.photo.storageKey, mediaMimeType: "image/png", templateParams: ["Maria", w.development.name] });
    expect(queued.content).toMatchObject({
      template: { header: { format: "IMAGE" }, footer: "Imobiliária Sol", buttons: [{ type: "QUICK_REPLY", text: "Quero agendar uma visita" }, { type: "QUICK_REPLY", text: "Parar promoções", optOut: true }] },
    });

    const outcome = await deliver(started.messageId);
    expect(outcome.kind).toBe("sent");
    const onPhone = sandboxMessage((outcome as { wamid: string }).wamid)!;
    expect(onPhone).toMatchObject({
      text: `Olá Maria! O ${w.development.name} foi lançado. Vamos agendar uma visita?`,
      footer: "Imobiliária Sol",
      media: { mimeType: "image/png" },
      choices: [
        { kind: "template_button", id: "QUICK_REPLY_0", title: "Quero agendar uma visita" },
        { kind: "template_button", id: "OPT_OUT", title: "Parar promoções" },
      ],
    });
    // The photo went to Meta by /{phone-number-id}/media once, cached for the channel.
    const cached = await db().channelMediaUpload.findUniqueOrThrow({ where: { channelId_mediaAssetId: { channelId: w.channel.id, mediaAssetId: w.photo.id } } });
    expect(onPhone.media?.id).toBe(cached.metaMediaId);
  });

  it("a campaign sends the image-header template the same way: the header file with every lead's message", async () => {
    const w = await world();
    const { id } = await approvedTemplate(w, {
      name: `campanha_${uniqueSuffix()}`,
      category: "MARKETING",
      editorBody: "Olá {{nome_cliente}}! O {{nome_empreendimento}} foi lançado.",
      examples: { CLIENT_NAME: "Joana", DEVELOPMENT_NAME: "Edifício Marina" },
      header: { format: "IMAGE", mediaAssetId: w.photo.id },
      footer: "",
      buttons: [{ type: "QUICK_REPLY", text: "Quero agendar uma visita", optOut: false }],
    });
    const second = await seedLead(db(), { name: "João", ownerId: w.broker.user.id, developmentIds: [w.development.id] });
    const campaign = await db().campaign.create({
      data: { name: "Lançamento", channelId: w.channel.id, templateId: id, segment: { ownerIds: [w.broker.user.id] }, sendingFromMinute: 0, sendingUntilMinute: 1440, createdById: w.adminUser.id },
    });
    const { deps } = capturingDeps();
    const admin = (await loadActor(db(), w.adminUser.id))!;
    await scheduleCampaign(db(), admin, { campaignId: campaign.id }, deps);
    await runCampaignStep(db(), campaign.id, deps);
    const messages = await db().message.findMany({ where: { campaignRecipient: { campaignId: campaign.id } } });
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatchObject({ mediaAssetId: w.photo.id, mediaStorageKey: w.photo.storageKey, mediaMimeType: "image/png" });
    const round = await deliverBatchRound(db(), pendingSends(messages.map((m) => m.id)), { publish: async () => undefined });
    expect(round.sent).toHaveLength(2);
    const sent = await db().message.findMany({ where: { id: { in: messages.map((m) => m.id) } } });
    for (const message of sent) {
      const onPhone = sandboxMessage(message.wamid!)!;
      expect(onPhone.media).toMatchObject({ mimeType: "image/png", id: expect.any(String) });
      expect([`Olá Maria! O ${w.development.name} foi lançado.`, `Olá ${second.name}! O ${w.development.name} foi lançado.`]).toContain(onPhone.text);
    }
    // Prepared side by side, the two messages shared one upload of the photo (the channel's cached one).
    const cached = await db().channelMediaUpload.findUniqueOrThrow({ where: { channelId_mediaAssetId: { channelId: w.channel.id, mediaAssetId: w.photo.id } } });
    expect(new Set(sent.map((message) => sandboxMessage(message.wamid!)!.media?.id))).toEqual(new Set([cached.metaMediaId]));
  });

  it("text header with the development's name + URL button with its slug as suffix", async () => {
    const w = await world();
    const { id, metaId } = await approvedTemplate(w, {
      name: `decorado_${uniqueSuffix()}`,
      category: "MARKETING",
      editorBody: "Olá {{nome_cliente}}, o decorado está aberto neste sábado.",
      examples: { CLIENT_NAME: "Joana", DEVELOPMENT_NAME: "Edifício Marina" },
      header: { format: "TEXT", text: "Lançamento {{nome_empreendimento}}" },
      buttons: [
        { type: "URL", text: "Ver o decorado", url: "https://imob.com.br/e/{{nome_empreendimento}}" },
        { type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "+55 11 98765-4321" },
      ],
    });
    const buttons = sandbox.context.store.getTemplate(metaId)!.components.find((c) => c.type === "BUTTONS");
    expect(buttons).toEqual({
      type: "BUTTONS",
      buttons: [
        { type: "URL", text: "Ver o decorado", url: "https://imob.com.br/e/{{1}}", example: ["https://imob.com.br/e/edificio-marina"] },
        { type: "PHONE_NUMBER", text: "Ligar", phone_number: "+5511987654321" },
      ],
    });

    const started = await startFor(w, id);
    const slug = w.development.name.toLowerCase().replace(/\s+/g, "-");
    expect((await db().message.findUniqueOrThrow({ where: { id: started.messageId } })).templateParams).toEqual({ body: ["Maria"], header: w.development.name, urls: [{ index: 0, text: slug }] });
    const outcome = await deliver(started.messageId);
    expect(outcome.kind).toBe("sent");
    expect(sandboxMessage((outcome as { wamid: string }).wamid)).toMatchObject({
      text: `Lançamento ${w.development.name}\nOlá Maria, o decorado está aberto neste sábado.`,
      links: [{ kind: "url", target: `https://imob.com.br/e/${slug}` }, { kind: "phone", target: "+5511987654321" }],
    });
  });

  it("a send whose components do not match the approved template fails as at Meta (132000), never retried", async () => {
    const w = await world();
    const { id } = await approvedTemplate(w, {
      name: `foto_${uniqueSuffix()}`,
      category: "MARKETING",
      editorBody: "Olá {{nome_cliente}}, veja a fachada!",
      examples: { CLIENT_NAME: "Joana" },
      header: { format: "IMAGE", mediaAssetId: w.photo.id },
    });
    const started = await startFor(w, id);
    // What other inboxes do: the template sent without its header component.
    await db().messageTemplate.update({ where: { id }, data: { headerFormat: "NONE" } });
    const outcome = await deliver(started.messageId);
    expect(outcome).toMatchObject({ kind: "failed", code: 132000 });
    expect(await db().message.findUniqueOrThrow({ where: { id: started.messageId } })).toMatchObject({ status: "FAILED", errorCode: 132000 });
  });

  it("Meta's 131050 on a send (the lead stopped this business's marketing in WhatsApp) becomes the lead's opt-out", async () => {
    const w = await world();
    const { id } = await approvedTemplate(w, {
      name: `oferta_${uniqueSuffix()}`,
      category: "MARKETING",
      editorBody: "Olá {{nome_cliente}}, temos condições novas!",
      examples: { CLIENT_NAME: "Joana" },
    });
    const started = await startFor(w, id);
    await sandbox.failNext(w.channel.phoneNumberId, 131050);
    expect(await deliver(started.messageId)).toMatchObject({ kind: "failed", code: 131050 });
    expect((await db().lead.findUniqueOrThrow({ where: { id: w.lead.id } })).marketingOptOutAt).toBeInstanceOf(Date);
    expect(await db().leadEvent.count({ where: { leadId: w.lead.id, type: "MARKETING_OPTED_OUT", messageId: started.messageId } })).toBe(1);
    expect(await refusalOf(startFor(w, id))).toMatchObject({
      message: expect.stringContaining("pediu para não receber promoções"),
    });
  });

  it("refuses a media-header template whose file left the library, and a header file that is not the lead's", async () => {
    const w = await world();
    const { id } = await approvedTemplate(w, {
      name: `foto_${uniqueSuffix()}`,
      category: "UTILITY",
      editorBody: "Olá {{nome_cliente}}, veja a fachada!",
      examples: { CLIENT_NAME: "Joana" },
      header: { format: "IMAGE", mediaAssetId: w.photo.id },
    });
    const other = await seedDevelopment(db(), { media: [{ kind: "PHOTO", title: "Outra" }] });
    const start = (extra: Record<string, unknown> = {}) => startFor(w, id, extra);
    expect(await refusalOf(start({ headerMediaAssetId: other.media[0]!.id }))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("não é de um empreendimento do lead") });
    await db().mediaAsset.delete({ where: { id: w.photo.id } });
    expect(await refusalOf(start())).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("foi excluído da biblioteca") });
  });
});
