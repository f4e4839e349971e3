import { describe, expect, it, vi } from "vitest";
import { MessageDirection, MessageStatus, TemplateStatus } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { sealCredential } from "@/server/crypto/credentials";
import { accountUpdateWebhook, inboundMessagesWebhook, statusesWebhook, templateStatusWebhook, type FixtureBusiness } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid, inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { seedTemplate } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { replayEarlyStatuses } from "./replay-early-statuses";
import { postWebhook, randomWaId, seedWebhookChannel, withOwnDatabase } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

// Its own database: the rejection counter is global.
withOwnDatabase("comunicador_webhook_binding");

const db = () => getDb();
const today = () => new Date(new Date().toISOString().slice(0, 10));
const rejections = async () => (await db().webhookRejection.findUnique({ where: { day: today() } }))?.count ?? 0;

/** A client who brought their own Meta app: the channel verifies with its own secret. */
async function clientChannel(secret = "segredo-do-cliente") {
  const seeded = await seedWebhookChannel(db());
  await db().channel.update({ where: { id: seeded.channel.id }, data: { appSecretEnc: sealCredential(secret) } });
  return { ...seeded, secret };
}

async function sentMessage(channelId: string) {
  const lead = await seedLead(db());
  const conversation = await seedConversation(db(), { leadId: lead.id, channelId, messages: [] });
  const wamid = fakeWamid();
  const message = await db().message.create({ data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "oi", wamid, status: MessageStatus.SENT } });
  return { wamid, message, reload: () => db().message.findUniqueOrThrow({ where: { id: message.id } }) };
}

const leadWrites = (business: FixtureBusiness, body: string) => {
  const waId = randomWaId();
  return inboundMessagesWebhook({ business, contact: { waId }, messages: [inboundMessage.text({ from: waId, body })] });
};
const batch = (...bodies: { entry: unknown[] }[]) => ({ object: "whatsapp_business_account", entry: bodies.flatMap((b) => b.entry) });
const messagesIn = (channelId: string) => db().message.count({ where: { conversation: { channelId }, direction: MessageDirection.INBOUND } });

describe("a channel's own app secret speaks only for that channel", () => {
  it("applies the client's entry, drops and counts the other channel's, and stores only what it covered", async () => {
    const client = await clientChannel();
    const other = await seedWebhookChannel(db());
    const marker = `injetada-${Math.random()}`;
    const before = await rejections();
    const response = await postWebhook(batch(leadWrites(client.business, "do cliente"), leadWrites(other.business, marker)), { secret: client.secret });
    expect(response.status).toBe(200);
    expect(await messagesIn(client.channel.id)).toBe(1);
    expect(await messagesIn(other.channel.id)).toBe(0);
    expect(await rejections()).toBe(before + 1);
    const event = await db().webhookEvent.findFirstOrThrow({ where: { rawBody: { contains: marker } } });
    expect(JSON.stringify(event.payload)).not.toContain(marker);
    expect(event.error).toMatch(/1 mudança\(s\) de canal que a assinatura não cobre/);
  });

  it("cannot move another channel's ticks, nor have them applied later by a replay", async () => {
    const client = await clientChannel();
    const other = await seedWebhookChannel(db());
    const victim = await sentMessage(other.channel.id);
    // Statuses naming the victim's number, beside an entry of the client's own, signed with its secret.
    const forged = statusesWebhook({ business: other.business, statuses: [{ wamid: victim.wamid, status: "read" }] });
    expect((await postWebhook(batch(leadWrites(client.business, "isca"), forged), { secret: client.secret })).status).toBe(200);
    expect((await victim.reload()).status).toBe(MessageStatus.SENT);
    // The forged change was dropped before storing the payload: nothing of it awaits a replay.
    expect(await replayEarlyStatuses(db(), victim.wamid, new Date())).toBe(0);
    expect((await victim.reload()).status).toBe(MessageStatus.SENT);
    expect(await db().messageStatusEvent.count({ where: { wamid: victim.wamid } })).toBe(0);
  });

  it("cannot decide another WABA's templates nor ban its account", async () => {
    const client = await clientChannel();
    const other = await seedWebhookChannel(db());
    const template = await seedTemplate(db(), { channelId: other.channel.id, status: TemplateStatus.PENDING });
    const decided = templateStatusWebhook({ wabaId: other.channel.wabaId, event: "REJECTED", templateId: template.metaTemplateId ?? "", name: template.name, language: template.language });
    const banned = accountUpdateWebhook({ wabaId: other.channel.wabaId, event: "ACCOUNT_BANNED" });
    expect((await postWebhook(batch(leadWrites(client.business, "isca"), decided, banned), { secret: client.secret })).status).toBe(200);
    expect((await db().messageTemplate.findUniqueOrThrow({ where: { id: template.id } })).status).toBe(TemplateStatus.PENDING);
    expect(await db().channel.findUniqueOrThrow({ where: { id: other.channel.id } })).toMatchObject({ accountStatus: null, healthProblem: null });
  });

  it("covers every channel of a client whose numbers share one app", async () => {
    const first = await clientChannel("segredo-compartilhado");
    const second = await clientChannel("segredo-compartilhado");
    const before = await rejections();
    expect((await postWebhook(batch(leadWrites(first.business, "um"), leadWrites(second.business, "dois")), { secret: first.secret })).status).toBe(200);
    expect([await messagesIn(first.channel.id), await messagesIn(second.channel.id)]).toEqual([1, 1]);
    expect(await rejections()).toBe(before);
  });
});

describe("the deployment's secret", () => {
  it("does not speak for a channel that has its own app secret", async () => {
    const client = await clientChannel();
    const before = await rejections();
    expect((await postWebhook(leadWrites(client.business, "pelo app errado"))).status).toBe(200);
    expect(await messagesIn(client.channel.id)).toBe(0);
    expect(await rejections()).toBe(before + 1);
  });

  it("still covers channels without their own secret", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    expect((await postWebhook(leadWrites(business, "normal"))).status).toBe(200);
    expect(await messagesIn(channel.id)).toBe(1);
  });
});

describe("statuses and template updates stay inside what the change names", () => {
  it("moves only messages of the channel whose number the change names", async () => {
    const named = await seedWebhookChannel(db());
    const other = await seedWebhookChannel(db());
    const elsewhere = await sentMessage(other.channel.id);
    const mine = await sentMessage(named.channel.id);
    const body = statusesWebhook({ business: named.business, statuses: [{ wamid: elsewhere.wamid, status: "read" }, { wamid: mine.wamid, status: "read" }] });
    expect((await postWebhook(body)).status).toBe(200);
    expect((await elsewhere.reload()).status).toBe(MessageStatus.SENT);
    expect((await mine.reload()).status).toBe(MessageStatus.READ);
  });

  it("matches a template by Meta's id only within the entry's WABA", async () => {
    const named = await seedWebhookChannel(db());
    const other = await seedWebhookChannel(db());
    const template = await seedTemplate(db(), { channelId: other.channel.id, status: TemplateStatus.PENDING });
    const body = templateStatusWebhook({ wabaId: named.channel.wabaId, event: "APPROVED", templateId: template.metaTemplateId ?? "", name: "outro_nome", language: "pt_BR" });
    expect((await postWebhook(body)).status).toBe(200);
    expect((await db().messageTemplate.findUniqueOrThrow({ where: { id: template.id } })).status).toBe(TemplateStatus.PENDING);
  });
});

describe("channel lookups reused across a burst", () => {
  it("a new app secret applies within 2 s (until then Meta's re-deliveries are refused), and a channel created after a lookup that found nothing is found at once", async () => {
    const client = await clientChannel("segredo-antigo");
    expect((await postWebhook(leadWrites(client.business, "com o antigo"), { secret: "segredo-antigo" })).status).toBe(200);
    await db().channel.update({ where: { id: client.channel.id }, data: { appSecretEnc: sealCredential("segredo-novo") } });
    const rotatedAt = Date.now();
    const signedWithNew = leadWrites(client.business, "com o novo");
    const early = await postWebhook(signedWithNew, { secret: "segredo-novo" });
    if (Date.now() - rotatedAt < 1_900) expect(early.status).toBe(401);
    await new Promise((r) => setTimeout(r, Math.max(0, 2_100 - (Date.now() - rotatedAt))));
    expect((await postWebhook(signedWithNew, { secret: "segredo-novo" })).status).toBe(200);
    expect((await postWebhook(leadWrites(client.business, "antigo de novo"), { secret: "segredo-antigo" })).status).toBe(401);

    const unknown = { wabaId: `waba-novo-${Date.now()}`, phoneNumberId: `pn-novo-${Date.now()}` };
    const business = { ...client.business, ...unknown };
    expect((await postWebhook(leadWrites(business, "antes do canal"), { secret: "segredo-do-canal-novo" })).status).toBe(401);
    await db().channel.update({ where: { id: client.channel.id }, data: { ...unknown, appSecretEnc: sealCredential("segredo-do-canal-novo") } });
    expect((await postWebhook(leadWrites(business, "depois do canal"), { secret: "segredo-do-canal-novo" })).status).toBe(200);
  });
});
