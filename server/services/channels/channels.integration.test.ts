import { describe, expect, it } from "vitest";
import { MessageDirection } from "@/generated/prisma/enums";
import { seedDevelopment, seedTag } from "@/prisma/seed/catalog";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedQueue } from "@/prisma/seed/queues";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { openCredential } from "@/server/crypto/credentials";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { checkChannelHealth } from "./check-channel-health";
import { checkChannelHealthNow } from "./check-channel-health-now";
import { CHANNEL_HEALTH_PROBLEM } from "./warn-channel-managers";
import { sendTestMessage } from "./send-test-message";
import { healthProblemText, metaErrorText } from "@/app/_i18n/stored-texts";
import { healthProblemView } from "@/server/services/channels/health-problem";
import { translator } from "@/test/translator";

const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

async function admin() {
  const user = await seedUser(testDb(), { profile: "admin" });
  const actor = await loadActor(testDb(), user.id);
  if (!actor) throw new Error("admin not loaded");
  return { user, actor, api: callerFor(user) };
}

function newChannelInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Vendas ${uniqueSuffix()}`,
    companyName: "Imobiliária Exemplo Ltda",
    responsibleEmail: "Responsavel@Exemplo.com.br",
    businessManagerId: randomDigits(15),
    expectedMonthlyLeads: 800,
    expectedMonthlyMessages: 12000,
    phoneNumber: "(11) 98765-4321",
    mode: "ACTIVE" as const,
    confirmVirginNumber: true as const,
    confirmCorporateAccount: true as const,
    confirmDocumentsValidated: true as const,
    confirmLosesAppAccess: true as const,
    phoneNumberId: `1${randomDigits(14)}`,
    wabaId: `2${randomDigits(14)}`,
    accessToken: `EAAG${uniqueSuffix()}${uniqueSuffix()}SECRETTOKEN${uniqueSuffix()}`,
    appSecret: `appsecret${uniqueSuffix()}${uniqueSuffix()}`,
    ...overrides,
  };
}

// Graph look-alike: records what it was asked and answers with the given body.
function fakeGraph(status: number, body: unknown) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { calls, fetch };
}

describe("creating a channel", () => {
  it("stores the access token and app secret encrypted, never in clear", async () => {
    const { api } = await admin();
    const input = newChannelInput();
    const created = await api.channels.create(input);
    const row = await testDb().channel.findUniqueOrThrow({ where: { id: created.id } });
    const rawRow = JSON.stringify(await testDb().$queryRaw`SELECT * FROM "Channel" WHERE id = ${created.id}`);
    expect(rawRow).not.toContain(input.accessToken);
    expect(rawRow).not.toContain(input.appSecret);
    expect(openCredential(row.accessTokenEnc)).toBe(input.accessToken);
    expect(openCredential(row.appSecretEnc ?? "")).toBe(input.appSecret);
    expect(row).toMatchObject({
      displayPhoneNumber: "+55 (11) 98765-4321",
      responsibleEmail: "responsavel@exemplo.com.br",
      mode: "ACTIVE",
      canStartConversations: true,
      expectedMonthlyMessages: 12000,
    });
    expect(row.verifyToken.length).toBeGreaterThanOrEqual(32);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "channel.created" } });
    expect(JSON.stringify(audit.data)).not.toContain(input.accessToken);
  });

  it("requires every item of the seed's checklist and refuses a number already registered", async () => {
    const { api } = await admin();
    await expect(api.channels.create({ ...newChannelInput(), confirmVirginNumber: false as unknown as true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const input = newChannelInput();
    await api.channels.create(input);
    await expect(api.channels.create(newChannelInput({ phoneNumberId: input.phoneNumberId }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "channels.phoneNumberIdTaken",
    });
  });

  it("a receptive channel never starts conversations", async () => {
    const { api } = await admin();
    const { id } = await api.channels.create(newChannelInput({ mode: "RECEPTIVE" }));
    expect((await api.channels.get({ channelId: id })).canStartConversations).toBe(false);
  });
});

// Issue 12 item 5: the wizard asks where the number's leads go, so they never land with nobody.
describe("the queue of a new channel's leads", () => {
  it("links the channel to an existing queue's developments, so its leads reach that queue's brokers", async () => {
    const { api } = await admin();
    const broker = await seedUser(testDb(), { profile: "broker" });
    const development = await seedDevelopment(testDb(), { media: [] });
    const queue = await seedQueue(testDb(), { memberIds: [broker.id], developmentIds: [development.id] });
    const created = await api.channels.create(newChannelInput({ queue: { kind: "existing", queueId: queue.id } }));
    const channel = await api.channels.get({ channelId: created.id });
    expect(channel.leadQueue).toEqual({ id: queue.id, name: queue.name, eligibleMembers: 1 });
    const row = await testDb().channel.findUniqueOrThrow({ where: { id: created.id }, include: { developments: true } });
    expect(row.developments.map((d) => d.id)).toEqual([development.id]);
    expect((await api.channels.list()).find((c) => c.id === created.id)?.leadQueue?.id).toBe(queue.id);
  });

  it("creates a new Comunicador queue with the chosen brokers, in the same step, and binds it to the channel", async () => {
    const { api } = await admin();
    const broker = await seedUser(testDb(), { profile: "broker" });
    // An older general queue would take the leads if the channel had no queue of its own.
    await seedQueue(testDb(), { memberIds: [(await seedUser(testDb(), { profile: "broker" })).id] });
    const name = `Plantão ${uniqueSuffix()}`;
    const created = await api.channels.create(newChannelInput({ queue: { kind: "new", name, memberIds: [broker.id] } }));
    const queue = await testDb().leadQueue.findUniqueOrThrow({ where: { name }, include: { members: true, developments: true } });
    expect(queue).toMatchObject({ comunicadorFlag: true, origin: "CHAT_ONLINE", enabled: true, developments: [] });
    expect(queue.members.map((m) => m.userId)).toEqual([broker.id]);
    expect((await api.channels.get({ channelId: created.id })).leadQueue).toEqual({ id: queue.id, name, eligibleMembers: 1 });
    expect((await api.channels.list()).find((c) => c.id === created.id)?.leadQueue?.id).toBe(queue.id);
    // A clashing name refuses the whole creation: no channel without its queue.
    const input = newChannelInput({ queue: { kind: "new", name, memberIds: [broker.id] } });
    await expect(api.channels.create(input)).rejects.toMatchObject({ code: "CONFLICT", cause: { key: "queues.nameTaken" } });
    expect(await testDb().channel.count({ where: { phoneNumberId: input.phoneNumberId } })).toBe(0);
  });

  it("offers the Comunicador queues, and queue creation only to who may manage queues", async () => {
    const { api } = await admin();
    const queue = await seedQueue(testDb(), { name: `Fila Opções ${uniqueSuffix()}` });
    const offered = await api.channels.queueOptions();
    expect(offered.canCreate).toBe(true);
    expect(offered.queues.map((q) => q.id)).toContain(queue.id);
    const noQueues = await testDb().accessProfile.create({ data: { name: `Só canais ${uniqueSuffix()}`, permissions: ["CHANNELS_MANAGE"] } });
    const channelsOnly = callerFor(await seedUser(testDb(), { accessProfileId: noQueues.id }));
    expect(await channelsOnly.channels.queueOptions()).toMatchObject({ canCreate: false, brokers: [] });
    await expect(channelsOnly.channels.create(newChannelInput({ queue: { kind: "new", name: `X ${uniqueSuffix()}`, memberIds: [] } }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const broker = await seedUser(testDb(), { profile: "broker" });
    await expect(channelsOnly.channels.create(newChannelInput({ queue: { kind: "new", name: `X ${uniqueSuffix()}`, memberIds: [broker.id] } }))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("what the browser receives", () => {
  it("carries no credential in clear nor encrypted, only masks", async () => {
    const { api } = await admin();
    const input = newChannelInput();
    const { id } = await api.channels.create(input);
    const row = await testDb().channel.findUniqueOrThrow({ where: { id } });
    const outputs = [
      await api.channels.list(),
      await api.channels.get({ channelId: id }),
      await api.channels.update({ channelId: id, name: "Renomeado", mode: "ACTIVE", canStartConversations: true, enabled: true, throughputMps: 50, windowHours: 24 }),
      await api.channels.replaceAccessToken({ channelId: id, accessToken: `${input.accessToken}NEW` }),
      await api.channels.links({ channelId: id }),
      await api.channels.receptionStatus({ channelId: id }),
      await api.templates.channel({ channelId: id }),
      await api.templates.channels(),
    ];
    const updatedRow = await testDb().channel.findUniqueOrThrow({ where: { id } });
    const serialised = JSON.stringify(outputs);
    for (const secret of [input.accessToken, input.appSecret, row.accessTokenEnc, updatedRow.accessTokenEnc, row.appSecretEnc ?? "", row.verifyToken]) {
      expect(serialised).not.toContain(secret);
    }
    const details = await api.channels.get({ channelId: id });
    expect(details.accessTokenMasked).toBe(`••••••••${`${input.accessToken}NEW`.slice(-4)}`);
    expect(details.verifyTokenMasked).toBe(`••••••••${row.verifyToken.slice(-4)}`);
    expect(details.appSecretMasked).toMatch(/^•{8}/);
    expect(details.webhookUrl).toMatch(/\/api\/webhooks\/meta$/);
  });

  it("reveals the verify token only on an explicit, audited request", async () => {
    const { api, user } = await admin();
    const { id } = await api.channels.create(newChannelInput());
    const row = await testDb().channel.findUniqueOrThrow({ where: { id } });
    expect(await api.channels.revealVerifyToken({ channelId: id })).toEqual({ verifyToken: row.verifyToken });
    expect(await testDb().auditLog.count({ where: { entityId: id, action: "channel.verify_token.revealed", actorId: user.id } })).toBe(1);
  });
});

describe("editing a channel", () => {
  it("saves the settings, forces receptive numbers to 'cannot start' and audits the changes", async () => {
    const { api } = await admin();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const result = await api.channels.update({ channelId: channel.id, name: channel.name, mode: "RECEPTIVE", canStartConversations: true, enabled: false, throughputMps: 1000, windowHours: 12 });
    expect(result.changed.sort()).toEqual(["canStartConversations", "enabled", "mode", "throughputMps", "windowHours"]);
    expect(await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ mode: "RECEPTIVE", canStartConversations: false, enabled: false, throughputMps: 1000, windowHours: 12 });
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: channel.id, action: "channel.updated" } });
    expect(audit.data).toMatchObject({ mode: { from: "ACTIVE", to: "RECEPTIVE" } });
  });

  it("keeps throughput within 1–1000 msg/s and the window within Meta's 24 h", async () => {
    const { api } = await admin();
    const channel = await seedChannel(testDb());
    const base = { channelId: channel.id, name: channel.name, mode: "ACTIVE" as const, canStartConversations: true, enabled: true, windowHours: 24 };
    await expect(api.channels.update({ ...base, throughputMps: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.channels.update({ ...base, throughputMps: 1001 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.channels.update({ ...base, throughputMps: 80, windowHours: 25 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("replaces the token as its own action, resetting its validity", async () => {
    const { api } = await admin();
    const channel = await seedChannel(testDb());
    await testDb().channel.update({ where: { id: channel.id }, data: { tokenValid: false } });
    await api.channels.replaceAccessToken({ channelId: channel.id, accessToken: "EAAGnovotoken1234567890" });
    const row = await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(openCredential(row.accessTokenEnc)).toBe("EAAGnovotoken1234567890");
    expect(row.tokenValid).toBeNull();
    expect(await testDb().auditLog.count({ where: { entityId: channel.id, action: "channel.access_token.replaced" } })).toBe(1);
  });
});

describe("test send and health check through Graph", () => {
  it("sends a text with the decrypted token and reports Meta's refusals in pt-BR", async () => {
    const { actor } = await admin();
    const channel = await seedChannel(testDb(), { accessToken: "EAAGtokenDoCanal123" });
    const ok = fakeGraph(200, { messaging_product: "whatsapp", contacts: [{ input: "+5511987654321", wa_id: "5511987654321" }], messages: [{ id: "wamid.TESTE" }] });
    const sent = await sendTestMessage(testDb(), actor, { channelId: channel.id, to: "11 98765-4321", body: "Teste do canal" }, { fetch: ok.fetch });
    expect(sent).toEqual({ ok: true, wamid: "wamid.TESTE", to: "+5511987654321" });
    expect(ok.calls[0]?.url).toContain(`/${channel.phoneNumberId}/messages`);
    expect(new Headers(ok.calls[0]?.init?.headers).get("authorization")).toBe("Bearer EAAGtokenDoCanal123");
    expect(JSON.parse(String(ok.calls[0]?.init?.body))).toMatchObject({ to: "+5511987654321", type: "text", text: { body: "Teste do canal" } });

    const closed = fakeGraph(400, { error: { code: 131047, message: "Re-engagement message", error_data: { details: "More than 24 hours" } } });
    const refused = await sendTestMessage(testDb(), actor, { channelId: channel.id, to: "+5511987654321", body: "Oi" }, { fetch: closed.fetch });
    expect(refused).toMatchObject({ ok: false, problem: { kind: "meta", code: 131047, details: "More than 24 hours" } });
    expect(metaErrorText(translator("pt-BR"), 131047).title).toContain("janela de 24 horas");

    const expired = fakeGraph(401, { error: { code: 190, message: "Invalid OAuth access token" } });
    await sendTestMessage(testDb(), actor, { channelId: channel.id, to: "+5511987654321", body: "Oi" }, { fetch: expired.fetch });
    expect((await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } })).tokenValid).toBe(false);
    expect(await testDb().auditLog.count({ where: { entityId: channel.id, action: "channel.test_sent" } })).toBe(3);
  });

  it("refreshes quality and tier from Meta, or records the problem", async () => {
    const { actor } = await admin();
    const channel = await seedChannel(testDb());
    const graph = fakeGraph(200, { id: channel.phoneNumberId, quality_rating: "YELLOW", messaging_limit_tier: "TIER_10K", status: "CONNECTED" });
    expect(await checkChannelHealthNow(testDb(), actor, channel.id, { fetch: graph.fetch })).toEqual({ ok: true });
    expect(await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ qualityRating: "YELLOW", messagingTier: "TIER_10K", tokenValid: true, healthProblem: null });
    const restricted = fakeGraph(400, { error: { code: 368, message: "Temporarily blocked" } });
    expect(await checkChannelHealthNow(testDb(), actor, channel.id, { fetch: restricted.fetch })).toMatchObject({ ok: false, problem: { code: 368 } });
    const stored = await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(stored).toMatchObject({ healthProblem: null, healthProblemCode: "metaError", healthProblemParams: { code: 368 } });
    expect(healthProblemText(translator("pt-BR"), healthProblemView(stored)!)).toContain("restrita");
    expect(healthProblemText(translator("en"), healthProblemView(stored)!)).toContain("restricted");
  });

  it("keeps a RED number's problem when checked by hand, so the hourly check does not announce it again", async () => {
    const { user, actor } = await admin();
    const channel = await seedChannel(testDb());
    const red = fakeGraph(200, { id: channel.phoneNumberId, quality_rating: "RED", messaging_limit_tier: "TIER_1K", status: "CONNECTED" });
    const deps = { fetch: red.fetch, publish: async () => undefined };
    const warnings = () => testDb().notification.count({ where: { userId: user.id, kind: CHANNEL_HEALTH_PROBLEM, data: { path: ["channelId"], equals: channel.id } } });

    expect((await checkChannelHealth(testDb(), channel.id, deps)).notified).toBeGreaterThan(0);
    expect(await warnings()).toBe(1);
    expect(await checkChannelHealthNow(testDb(), actor, channel.id, deps)).toEqual({ ok: true });
    const stored = await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(stored).toMatchObject({ qualityRating: "RED", tokenValid: true });
    expect(stored).toMatchObject({ healthProblem: null, healthProblemCode: "qualityRed" });
    expect(healthProblemText(translator("pt-BR"), healthProblemView(stored)!)).toContain("qualidade do número está baixa");
    expect((await checkChannelHealth(testDb(), channel.id, deps)).notified).toBe(0);
    expect(await warnings()).toBe(1);
  });
});

describe("links and reception", () => {
  it("links developments, tags (new ones too) and media of the linked developments", async () => {
    const { api } = await admin();
    const channel = await seedChannel(testDb());
    const linked = await seedDevelopment(testDb());
    const other = await seedDevelopment(testDb());
    const tag = await seedTag(testDb());
    const newTag = `nova-${uniqueSuffix()}`;
    const saved = await api.channels.updateLinks({
      channelId: channel.id,
      developmentIds: [linked.id],
      tagIds: [tag.id],
      newTagNames: [newTag],
      mediaAssetIds: linked.media.slice(0, 2).map((m) => m.id),
    });
    const row = await testDb().channel.findUniqueOrThrow({ where: { id: channel.id }, include: { developments: true, tags: true, mediaAssets: true } });
    expect(row.developments.map((d) => d.id)).toEqual([linked.id]);
    expect(row.tags.map((t) => t.name).sort()).toEqual([tag.name, newTag].sort());
    expect(row.mediaAssets).toHaveLength(2);
    expect(saved.tagIds).toHaveLength(2);
    await expect(
      api.channels.updateLinks({ channelId: channel.id, developmentIds: [linked.id], tagIds: [], newTagNames: [], mediaAssetIds: [other.media[0]?.id ?? ""] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("binds the channel to a Comunicador queue, refuses any other, and unbinds it", async () => {
    const { api } = await admin();
    const channel = await seedChannel(testDb());
    const broker = await seedUser(testDb(), { profile: "broker" });
    const queue = await seedQueue(testDb(), { name: `Fila Canal ${uniqueSuffix()}`, memberIds: [broker.id] });
    const notComunicador = await seedQueue(testDb(), { tag: "outra", comunicadorFlag: false });
    const links = (leadQueueId: string | null) => ({ channelId: channel.id, developmentIds: [], tagIds: [], newTagNames: [], mediaAssetIds: [], leadQueueId });
    await api.channels.updateLinks(links(queue.id));
    expect((await api.channels.links({ channelId: channel.id })).selected.leadQueueId).toBe(queue.id);
    expect((await api.channels.get({ channelId: channel.id })).leadQueue).toEqual({ id: queue.id, name: queue.name, eligibleMembers: 1 });
    await expect(api.channels.updateLinks(links(notComunicador.id))).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { key: "channels.queueUnavailable" } });
    expect((await api.channels.links({ channelId: channel.id })).queues.map((q) => q.id)).not.toContain(notComunicador.id);
    await api.channels.updateLinks(links(null));
    expect((await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } })).leadQueueId).toBeNull();
  });

  it("shows the last message a lead sent to the number", async () => {
    const { api } = await admin();
    const channel = await seedChannel(testDb());
    expect((await api.channels.receptionStatus({ channelId: channel.id })).lastInbound).toBeNull();
    const lead = await seedLead(testDb(), { name: "Teste Recebimento" });
    await seedConversation(testDb(), {
      leadId: lead.id,
      channelId: channel.id,
      messages: [
        { direction: MessageDirection.INBOUND, body: "primeira", minutesAgo: 10 },
        { direction: MessageDirection.INBOUND, body: "teste de recebimento", minutesAgo: 1 },
      ],
    });
    const status = await api.channels.receptionStatus({ channelId: channel.id });
    expect(status.lastInbound).toMatchObject({ body: "teste de recebimento", leadName: "Teste Recebimento" });
  });
});
