import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelMode, ConversationStatus, Permission, TemplateStatus } from "@/generated/prisma/enums";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { createDb, type Db } from "@/server/db";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { actorFor, capturingDeps, profileWith, refusalOf, requestId, startScene } from "@/test/conversations/new-conversation-fixtures";
import { newConversationOptions } from "./new-conversation-options";
import { startWithTemplate } from "./start-with-template";

const db = () => testDb();
type Scene = Awaited<ReturnType<typeof startScene>>;
const startInput = (scene: Scene, over: Partial<{ leadId: string; channelId: string; templateId: string }> = {}) => ({
  leadId: scene.lead.id,
  channelId: scene.channel.id,
  templateId: scene.template.id,
  clientRequestId: requestId(),
  ...over,
});

// Each refusal: the dialog's options explain it first, and the send itself answers with the same pt-BR text.
describe("new conversation refusals", () => {
  it("no active sending on the access profile", async () => {
    const profile = await profileWith(db(), [Permission.INBOX_USE]);
    const scene = await startScene(db(), { user: { accessProfileId: profile.id } });
    const options = await callerFor(scene.user).leads.newConversationOptions({ leadId: scene.lead.id });
    expect(options.blockers.map((b) => b.key)).toEqual(["leads.noActiveSend"]);
    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene)))).toMatchObject({
      code: "FORBIDDEN",
      message: "Seu perfil de acesso não permite enviar mensagens ativas. Peça ao administrador para habilitar em Perfil de Acesso › Relacionamento › Comunicador.",
    });
  });

  it("communication flag off", async () => {
    const scene = await startScene(db(), { user: { canCommunicate: false } });
    const options = await callerFor(scene.user).leads.newConversationOptions({ leadId: scene.lead.id });
    expect(options.blockers.map((b) => b.key)).toEqual(["leads.communicationBlocked"]);
    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene)))).toMatchObject({
      code: "FORBIDDEN",
      message: "Sua comunicação com leads está bloqueada (flag de comunicação desativada). Peça ao administrador para liberar em Configurações › Usuários.",
    });
  });

  it("lead without WhatsApp", async () => {
    const scene = await startScene(db());
    const lead = await db().lead.create({ data: { name: "Sem telefone", ownerId: scene.user.id } });
    const options = await callerFor(scene.user).leads.newConversationOptions({ leadId: lead.id });
    expect(options.blockers.map((b) => b.key)).toEqual(["leads.leadWithoutWhatsapp"]);
    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene, { leadId: lead.id })))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("não tem número de WhatsApp"),
    });
  });

  it("receptive, disabled or non-starting channels are absent, and refused if sent to anyway", async () => {
    const scene = await startScene(db());
    const receptive = await seedChannel(db(), { mode: ChannelMode.RECEPTIVE });
    const disabled = await seedChannel(db(), { mode: ChannelMode.ACTIVE });
    await db().channel.update({ where: { id: disabled.id }, data: { enabled: false } });
    const notStarting = await seedChannel(db(), { mode: ChannelMode.ACTIVE });
    await db().channel.update({ where: { id: notStarting.id }, data: { canStartConversations: false } });
    const options = await callerFor(scene.user).leads.newConversationOptions({ leadId: scene.lead.id });
    const offered = options.channels.map((c) => c.id);
    expect(offered).toContain(scene.channel.id);
    for (const channel of [receptive, disabled, notStarting]) {
      expect(offered).not.toContain(channel.id);
      const template = await seedTemplate(db(), { channelId: channel.id });
      expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene, { channelId: channel.id, templateId: template.id })))).toMatchObject({
        code: "PRECONDITION_FAILED",
        message: expect.stringContaining("Este canal não inicia conversas"),
      });
    }
  });

  it("a channel without an approved template, and a template that is not approved", async () => {
    const scene = await startScene(db());
    const bare = await seedChannel(db(), { mode: ChannelMode.ACTIVE });
    const pending = await seedTemplate(db(), { channelId: bare.id, status: TemplateStatus.PENDING });
    const options = await callerFor(scene.user).leads.newConversationOptions({ leadId: scene.lead.id });
    const offered = options.channels.find((c) => c.id === bare.id);
    expect(offered?.refusal?.key).toBe("leads.noApprovedTemplate");
    expect(offered?.templates).toEqual([]);
    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene, { channelId: bare.id, templateId: pending.id })))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/^Este canal ainda não tem template aprovado pela Meta/),
    });
    const rejected = await seedTemplate(db(), { channelId: scene.channel.id, status: TemplateStatus.REJECTED });
    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene, { templateId: rejected.id })))).toMatchObject({
      message: expect.stringContaining("não está aprovado pela Meta"),
    });
  });

  it("a lead outside the broker's portfolio reads as not found", async () => {
    const scene = await startScene(db());
    const other = await startScene(db());
    await expect(callerFor(scene.user).leads.newConversationOptions({ leadId: other.lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene, { leadId: other.lead.id })))).toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("Lead não encontrado"),
    });
  });

  it("templates whose variables the lead cannot fill are explained and refused", async () => {
    const scene = await startScene(db());
    const nameless = await seedLead(db(), { ownerId: scene.user.id });
    await db().lead.update({ where: { id: nameless.id }, data: { name: null } });
    const noDevelopment = await seedLead(db(), { ownerId: scene.user.id });
    const greeting = await seedTemplate(db(), { channelId: scene.channel.id, body: "Oi! Aqui é {{1}}.", variables: [{ index: 1, variable: "BROKER_NAME", example: "Ana" }] });
    const broken = await seedTemplate(db(), { channelId: scene.channel.id, body: "Oi {{1}} e {{2}}", variables: [{ index: 1, variable: "CLIENT_NAME", example: "Maria" }] });

    const templatesFor = async (leadId: string) =>
      Object.fromEntries(
        (await callerFor(scene.user).leads.newConversationOptions({ leadId })).channels
          .find((c) => c.id === scene.channel.id)!
          .templates.map((t) => [t.id, t.refusal?.key ?? null]),
      );
    expect(await templatesFor(nameless.id)).toMatchObject({ [scene.template.id]: "leads.clientNameMissing", [greeting.id]: null, [broken.id]: "leads.templateMisconfigured" });
    expect(await templatesFor(noDevelopment.id)).toMatchObject({ [scene.template.id]: "leads.developmentMissing", [greeting.id]: null });

    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene, { leadId: noDevelopment.id })))).toMatchObject({
      message: expect.stringContaining("não tem empreendimento vinculado"),
    });
    const { deps } = capturingDeps();
    const sent = await startWithTemplate(db(), scene.actor, startInput(scene, { leadId: nameless.id, templateId: greeting.id }), deps);
    expect((await db().message.findUniqueOrThrow({ where: { id: sent.messageId } })).templateParams).toEqual([scene.user.name]);
  });

  it("an open conversation with another broker stays theirs; a manager may still send in it", async () => {
    const scene = await startScene(db());
    const { user: colleague } = await actorFor(db(), { name: "Bruna Colega" });
    const open = await seedConversation(db(), { leadId: scene.lead.id, channelId: scene.channel.id, assigneeId: colleague.id });
    expect(open.status).toBe(ConversationStatus.OPEN);
    const options = await callerFor(scene.user).leads.newConversationOptions({ leadId: scene.lead.id });
    expect(options.channels.find((c) => c.id === scene.channel.id)?.refusal).toMatchObject({ key: "leads.conversationWithOther", params: { name: "Bruna Colega" } });
    expect(await refusalOf(callerFor(scene.user).leads.startConversation(startInput(scene)))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("está com Bruna Colega"),
    });
    const { actor: manager } = await actorFor(db(), { profile: "manager" });
    const { deps } = capturingDeps();
    await startWithTemplate(db(), manager, startInput(scene), deps);
    expect((await db().conversation.findUniqueOrThrow({ where: { id: open.id } })).assigneeId).toBe(colleague.id);
  });
});

describe("with no startable channel at all", () => {
  // Its own database: "no active channel" must not depend on what other test files seed.
  let database: TestDatabase;
  let own: Db;
  beforeAll(async () => {
    database = await createTestDatabase("comunicador_no_channel");
    own = createDb(database.url);
  });
  afterAll(async () => {
    await own.$disconnect();
    await database.drop();
  });

  it("explains that a channel must be active and able to start conversations", async () => {
    const { user, actor } = await actorFor(own);
    await seedChannel(own, { mode: ChannelMode.RECEPTIVE });
    const lead = await seedLead(own, { name: "Carla", ownerId: user.id });
    const options = await newConversationOptions(own, actor, { leadId: lead.id });
    expect(options.channels).toEqual([]);
    expect(options.blockers.map((b) => b.key)).toEqual(["leads.noActiveChannel"]);
  });
});
