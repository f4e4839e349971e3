import { beforeEach, describe, expect, it, vi } from "vitest";
import { ConversationStatus, LeadEventType, MediaStatus, MessageType } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { brazilPhoneKey } from "@/server/meta/phone";
import { inboundMessagesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { inboundMessage, sampleInboundMessages } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { signPayload } from "@/server/meta/webhook-signature";
import { publish } from "@/server/realtime/publish";
import { conversationChannel, managersInboxChannel } from "@/server/realtime/channels";
import { seedDevelopment, seedTag } from "@/prisma/seed/catalog";
import { seedLead } from "@/prisma/seed/leads";
import { seedQueue } from "@/prisma/seed/queues";
import { seedUser } from "@/prisma/seed/users";
import { recordingJobs } from "@/test/recording-jobs";
import { applyWebhookEvents } from "./apply-webhook-events";
import { receiveWebhook } from "./receive-webhook";
import { storeWebhook } from "./store-webhook";
import { appSecret, postWebhook, randomWaId, seedWebhookChannel } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => getDb();
const HOUR = 3_600_000;

// A channel with its own development, tag and a staffed queue, so distribution is predictable
// even with other files' queues in the same database.
async function staffedChannel() {
  const development = await seedDevelopment(db(), { media: [{ kind: "PHOTO", title: "Fachada" }] });
  const tag = await seedTag(db());
  const broker = await seedUser(db(), { canCommunicate: true });
  const queue = await seedQueue(db(), { memberIds: [broker.id], developmentIds: [development.id] });
  const { channel, business } = await seedWebhookChannel(db(), {
    developmentIds: [development.id],
    tagIds: [tag.id],
    mediaAssetIds: development.media.map((m) => m.id),
  });
  return { channel, business, broker, queue, development, tag };
}

beforeEach(() => vi.mocked(publish).mockClear());

describe("inbound messages of every type", () => {
  it("become one lead, one conversation and typed messages with readable bodies", async () => {
    const { channel, business, broker, queue, development, tag } = await staffedChannel();
    const waId = randomWaId();
    const messages = sampleInboundMessages(waId);
    const body = inboundMessagesWebhook({ business, contact: { name: "Ana Souza", waId, userId: `BR.${waId}` }, messages });
    expect((await postWebhook(body)).status).toBe(200);

    const lead = await db().lead.findUniqueOrThrow({ where: { phoneKey: brazilPhoneKey(`+${waId}`) }, include: { developments: true, tags: true, mediaAssets: true } });
    expect(lead).toMatchObject({ name: "Ana Souza", phoneE164: `+${waId}`, waId, bsuid: `BR.${waId}`, origin: "WHATSAPP", ownerId: broker.id, queueId: queue.id });
    expect(lead.developments.map((d) => d.id)).toEqual([development.id]);
    expect(lead.tags.map((t) => t.id)).toEqual([tag.id]);
    expect(lead.mediaAssets.map((m) => m.id)).toEqual(development.media.map((m) => m.id));

    const conversation = await db().conversation.findUniqueOrThrow({ where: { leadId_channelId: { leadId: lead.id, channelId: channel.id } } });
    const stored = await db().message.findMany({ where: { conversationId: conversation.id } });
    const byWamid = new Map(stored.map((m) => [m.wamid, m]));
    const row = (i: number) => byWamid.get(messages[i]?.id ?? "");
    expect(stored).toHaveLength(messages.length);
    expect(stored.every((m) => m.direction === "INBOUND" && m.status === "RECEIVED" && m.metaTimestamp)).toBe(true);

    const expected: [MessageType, string | null][] = [
      ["TEXT", "Olá, tenho interesse no apartamento"], ["TEXT", "Pode ser à tarde?"], ["TEXT", "Vi o anúncio"],
      ["IMAGE", "Foto da fachada"], ["DOCUMENT", "comprovante.pdf"], ["AUDIO", null], ["AUDIO", null],
      ["VIDEO", "Vídeo da rua"], ["STICKER", null], ["LOCATION", "Av. Paulista — São Paulo - SP"],
      ["CONTACTS", "Maria Souza"], ["INTERACTIVE", "Agendar visita"], ["INTERACTIVE", "2 quartos"],
      ["BUTTON", "Tenho interesse"], ["REACTION", "👍"], ["REACTION", null], ["ORDER", null],
      ["SYSTEM", `User Lead changed from ${waId} to 5511900001111`], ["UNSUPPORTED", null],
    ];
    expected.forEach(([type, text], i) => expect({ i, type: row(i)?.type, body: row(i)?.body }).toEqual({ i, type, body: text }));

    expect(row(1)?.replyToWamid).toBe(messages[1]?.context?.id);
    expect(row(2)?.content).toMatchObject({ text: { body: "Vi o anúncio" }, referral: { source_type: "ad", headline: "Residencial Jardim" } });
    expect(row(3)).toMatchObject({ metaMediaId: "1037543291543636", mediaMimeType: "image/jpeg", mediaStatus: MediaStatus.PENDING });
    expect(row(3)?.mediaSha256).toBeTruthy();
    expect(row(4)).toMatchObject({ mediaFileName: "comprovante.pdf", mediaMimeType: "application/pdf" });
    expect(row(5)?.content).toMatchObject({ audio: { voice: true } });
    expect(row(9)?.content).toMatchObject({ location: { latitude: -23.5613, longitude: -46.6565 } });
    expect(row(14)).toMatchObject({ reactionToWamid: messages[0]?.id });
    expect(row(15)?.reactionToWamid).toBe(messages[0]?.id);
    expect(row(15)?.content).toMatchObject({ removed: true });
    expect(row(16)?.content).toMatchObject({ order: { catalog_id: "cat-1" } });
    expect(row(18)).toMatchObject({ errorCode: 131051, errorTitle: "Message type unknown" });

    const at = new Date(Number(messages[0]?.timestamp) * 1000);
    expect(conversation).toMatchObject({
      status: ConversationStatus.OPEN,
      initiatedBy: "LEAD",
      assigneeId: broker.id,
      unreadCount: messages.length - 2, // the system notice and the reaction removal are not unread
      lastMessageDirection: "INBOUND",
      lastMessageStatus: "RECEIVED",
      lastMessageType: "UNSUPPORTED",
      lastMessagePreview: null,
    });
    expect(conversation.windowExpiresAt).toEqual(new Date(at.getTime() + 24 * HOUR));
    expect(conversation.lastInboundAt).toEqual(at);

    const events = await db().leadEvent.findMany({ where: { leadId: lead.id }, orderBy: { createdAt: "asc" } });
    expect(events.slice(0, 3).map((e) => e.type)).toEqual([LeadEventType.LEAD_CREATED, LeadEventType.QUEUE_ASSIGNED, LeadEventType.CONVERSATION_ASSIGNED]);
    expect(events.filter((e) => e.type === LeadEventType.MESSAGE_RECEIVED)).toHaveLength(messages.length);

    const pushes = vi.mocked(publish).mock.calls.flatMap(([list]) => list);
    expect(pushes.filter((p) => p.event.name === "message.created" && p.channel === conversationChannel(conversation.id))).toHaveLength(messages.length);
    expect(pushes).toContainEqual({ channel: managersInboxChannel, event: { name: "conversation.updated", data: { conversationId: conversation.id } } });
  });

  it("hands back the media to download and the window to expire", async () => {
    const { business } = await staffedChannel();
    const waId = randomWaId();
    const raw = JSON.stringify(
      inboundMessagesWebhook({
        business,
        contact: { name: "Bia", waId },
        messages: [
          inboundMessage.image({ from: waId, mediaId: `1${waId}` }),
          inboundMessage.text({ from: waId, body: "oi" }),
          inboundMessage.document({ from: waId, mediaId: `2${waId}` }),
          // Not Meta's id: stored, its media unavailable, and no download asked for.
          inboundMessage.image({ from: waId, mediaId: "../../me" }),
        ],
      }),
    );
    const result = await receiveWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw) });
    if (result.status !== 200) throw new Error(`status ${result.status}`);
    const media = await db().message.findMany({ where: { metaMediaId: { in: [`1${waId}`, `2${waId}`] }, id: { in: result.outcome.mediaMessageIds } } });
    expect(media).toHaveLength(2);
    expect(result.outcome.mediaMessageIds).toHaveLength(2);
    const hostile = await db().message.findFirstOrThrow({ where: { conversationId: media[0]?.conversationId, type: "IMAGE", metaMediaId: null } });
    expect(hostile.mediaStatus).toBe(MediaStatus.FAILED);
    const [armed] = result.outcome.armedWindows;
    const conversation = await db().conversation.findUniqueOrThrow({ where: { id: armed?.conversationId ?? "" } });
    expect(armed?.windowExpiresAt).toEqual(conversation.windowExpiresAt);

    const again = await receiveWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw) });
    expect(again.outcome).toMatchObject({ mediaMessageIds: [], armedWindows: [], pushes: [] });
  });
});

describe("the window's sleeper", () => {
  it("is armed when a window opens, not for each message while it is open, and again once the conversation was closed", async () => {
    const { channel, business } = await staffedChannel();
    const waId = randomWaId();
    const receive = async (body: string) => {
      const raw = JSON.stringify(inboundMessagesWebhook({ business, contact: { waId }, messages: [inboundMessage.text({ from: waId, body })] }));
      const result = await receiveWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw) });
      if (result.status !== 200) throw new Error(`status ${result.status}`);
      return result.outcome.armedWindows;
    };
    const [opened] = await receive("Oi");
    expect(opened).toBeDefined();
    // The sleeper armed above follows the later end when it wakes (conversation/expire).
    expect(await receive("Ainda aí?")).toEqual([]);
    const conversation = await db().conversation.findFirstOrThrow({ where: { channelId: channel.id, id: opened?.conversationId } });
    expect(conversation.windowExpiresAt!.getTime()).toBeGreaterThanOrEqual(opened!.windowExpiresAt.getTime());

    await db().conversation.update({ where: { id: conversation.id }, data: { status: ConversationStatus.CLOSED, closedAt: new Date() } });
    const [reopened] = await receive("Voltei");
    expect(reopened?.conversationId).toBe(conversation.id);
  });
});

describe("lead identity", () => {
  it("treats a Brazilian mobile with and without the 9th digit as one lead and one conversation", async () => {
    const { channel, business } = await staffedChannel();
    const withNine = randomWaId();
    const withoutNine = withNine.slice(0, 4) + withNine.slice(5);
    await postWebhook(inboundMessagesWebhook({ business, contact: { name: "Caio", waId: withNine }, messages: [inboundMessage.text({ from: withNine, body: "com 9" })] }));
    await postWebhook(inboundMessagesWebhook({ business, contact: { name: "Caio", waId: withoutNine }, messages: [inboundMessage.text({ from: withoutNine, body: "sem 9" })] }));
    const leads = await db().lead.findMany({ where: { phoneKey: brazilPhoneKey(`+${withNine}`) } });
    expect(leads).toHaveLength(1);
    expect(leads[0]?.waId).toBe(withoutNine);
    const conversations = await db().conversation.findMany({ where: { leadId: leads[0]?.id, channelId: channel.id }, include: { messages: true } });
    expect(conversations).toHaveLength(1);
    expect(conversations[0]?.messages.map((m) => m.body).sort()).toEqual(["com 9", "sem 9"]);
  });

  it("reuses a lead typed by hand and keys a username-only user on the business-scoped id", async () => {
    const { channel, business, broker } = await staffedChannel();
    const waId = randomWaId();
    const known = await seedLead(db(), { name: "Cadastrado", phone: `+55 (${waId.slice(2, 4)}) ${waId.slice(4, 9)}-${waId.slice(9)}`, ownerId: broker.id });
    await postWebhook(inboundMessagesWebhook({ business, contact: { name: "Outro Nome", waId }, messages: [inboundMessage.text({ from: waId, body: "oi" })] }));
    const lead = await db().lead.findUniqueOrThrow({ where: { id: known.id } });
    expect(lead.name).toBe("Cadastrado");
    expect(await db().conversation.findFirstOrThrow({ where: { leadId: known.id, channelId: channel.id } })).toMatchObject({ assigneeId: broker.id });

    const bsuid = `BR.${randomWaId()}`;
    const onlyUser = () => inboundMessagesWebhook({ business, contact: { username: "@lead", userId: bsuid }, messages: [inboundMessage.text({ from: null, fromUserId: bsuid, body: "sem número" })] });
    await postWebhook(onlyUser());
    await postWebhook(onlyUser());
    const byUser = await db().lead.findMany({ where: { bsuid }, include: { conversations: { include: { messages: true } } } });
    expect(byUser).toHaveLength(1);
    expect(byUser[0]).toMatchObject({ phoneKey: null, phoneE164: null, name: "@lead" });
    expect(byUser[0]?.conversations[0]?.messages).toHaveLength(2);
  });
});

describe("a batch of webhooks applied at once", () => {
  it("resolves a new lead once however many webhooks name them, and keeps each webhook's history time", async () => {
    const { channel, business, broker } = await staffedChannel();
    const waId = randomWaId();
    const other = randomWaId();
    const known = await seedLead(db(), { phone: `+${other}` });
    const bodies = [
      inboundMessagesWebhook({ business, contact: { name: "Nova Lead", waId }, messages: [inboundMessage.text({ from: waId, body: "Oi, vi o anúncio" })] }),
      inboundMessagesWebhook({ business, contact: { name: "Lead Antiga", waId: other }, messages: [inboundMessage.text({ from: other, body: "Voltei" })] }),
      inboundMessagesWebhook({ business, contact: { name: "Nova Lead", waId }, messages: [inboundMessage.text({ from: waId, body: "Tem 2 quartos?" })] }),
    ];
    const received = [new Date(Date.now() - 3_000), new Date(Date.now() - 2_000), new Date(Date.now() - 1_000)];
    const ids: string[] = [];
    for (const [i, body] of bodies.entries()) {
      const raw = JSON.stringify(body);
      const stored = await storeWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw), receivedAt: received[i] });
      if (stored.status !== 200) throw new Error(`status ${stored.status}`);
      ids.push(stored.eventId);
    }
    expect(await applyWebhookEvents(db(), { ids }, { publish: async () => undefined, jobs: recordingJobs().jobs })).toEqual({ applied: ids, failed: [] });

    const leads = await db().lead.findMany({ where: { phoneKey: brazilPhoneKey(`+${waId}`) } });
    expect(leads).toHaveLength(1);
    const lead = leads[0]!;
    expect(lead).toMatchObject({ name: "Nova Lead", ownerId: broker.id });
    const conversation = await db().conversation.findUniqueOrThrow({ where: { leadId_channelId: { leadId: lead.id, channelId: channel.id } }, include: { messages: true } });
    expect(conversation).toMatchObject({ unreadCount: 2, assigneeId: broker.id, lastMessagePreview: "Tem 2 quartos?" });
    const history = await db().leadEvent.findMany({ where: { leadId: lead.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((e) => e.type)).toEqual([LeadEventType.LEAD_CREATED, LeadEventType.QUEUE_ASSIGNED, LeadEventType.CONVERSATION_ASSIGNED, LeadEventType.MESSAGE_RECEIVED, LeadEventType.MESSAGE_RECEIVED]);
    const receivedAt = history.filter((e) => e.type === LeadEventType.MESSAGE_RECEIVED).map((e) => Math.floor(e.createdAt.getTime() / 1000));
    expect(receivedAt).toEqual([Math.floor(received[0]!.getTime() / 1000), Math.floor(received[2]!.getTime() / 1000)]);
    const otherConversation = await db().conversation.findUniqueOrThrow({ where: { leadId_channelId: { leadId: known.id, channelId: channel.id } } });
    expect(otherConversation).toMatchObject({ unreadCount: 1, lastMessagePreview: "Voltei" });
  });
});
