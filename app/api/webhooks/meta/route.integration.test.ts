import { describe, expect, it, vi } from "vitest";
import { getDb, createDb } from "@/server/db";
import { sealCredential } from "@/server/crypto/credentials";
import { inboundMessagesWebhook, webhookBody } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { signPayload } from "@/server/meta/webhook-signature";
import { receiveWebhook } from "@/server/services/webhooks/receive-webhook";
import { MAX_WEBHOOK_BYTES } from "@/server/services/webhooks/store-webhook";
import {
  URL_BASE,
  appSecret,
  getVerification,
  postWebhook,
  randomWaId,
  seedWebhookChannel,
  withOwnDatabase,
} from "@/test/webhooks/webhook-kit";
import { streamingRequest } from "@/test/streaming-request";
import { POST } from "./route";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

// Its own database: the rejection counter is global.
withOwnDatabase("comunicador_webhook_route");

const db = () => getDb();
const today = () => new Date(new Date().toISOString().slice(0, 10));
const rejections = async () => (await db().webhookRejection.findUnique({ where: { day: today() } }))?.count ?? 0;
const storedWith = (marker: string) => db().webhookEvent.count({ where: { rawBody: { contains: marker } } });

async function textMessage(body: string) {
  const { channel, business } = await seedWebhookChannel(db());
  const payload = inboundMessagesWebhook({ business, contact: { name: "Lead", waId: randomWaId() }, messages: [inboundMessage.text({ body })] });
  return { channel, payload, raw: JSON.stringify(payload) };
}

describe("GET /api/webhooks/meta (subscription)", () => {
  it("echoes hub.challenge as plain text when the verify token is a channel's", async () => {
    const { channel } = await seedWebhookChannel(db());
    const response = await getVerification({ "hub.mode": "subscribe", "hub.verify_token": channel.verifyToken, "hub.challenge": "1158201444" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toBe("1158201444");
  });

  it("answers 403 for an unknown token, another mode or a missing challenge", async () => {
    const { channel } = await seedWebhookChannel(db());
    const cases: Record<string, string>[] = [
      { "hub.mode": "subscribe", "hub.verify_token": "not-a-token", "hub.challenge": "1" },
      { "hub.mode": "unsubscribe", "hub.verify_token": channel.verifyToken, "hub.challenge": "1" },
      { "hub.mode": "subscribe", "hub.verify_token": channel.verifyToken },
      {},
    ];
    for (const params of cases) expect((await getVerification(params)).status).toBe(403);
  });
});

describe("POST /api/webhooks/meta signatures", () => {
  it("refuses a missing header, a wrong secret, a tampered body and a malformed header: 401, counted, nothing stored", async () => {
    const { payload, raw } = await textMessage("assinatura-" + Math.random());
    const marker = JSON.parse(raw).entry[0].changes[0].value.messages[0].text.body as string;
    const before = await rejections();
    const attempts = [
      postWebhook(payload, { signature: null }),
      postWebhook(payload, { secret: "outro-segredo" }),
      postWebhook(raw.replace(marker, `${marker}!`), { signature: signPayload(appSecret(), raw) }),
      postWebhook(payload, { signature: "sha1=abc" }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(401);
    expect(await rejections()).toBe(before + 4);
    expect(await storedWith(marker)).toBe(0);
    expect(await db().message.count({ where: { body: { startsWith: marker } } })).toBe(0);
  });

  it("accepts a payload signed with the channel's own app secret, and only for that channel", async () => {
    const { channel, payload } = await textMessage("segredo-proprio");
    await db().channel.update({ where: { id: channel.id }, data: { appSecretEnc: sealCredential("segredo-do-cliente") } });
    expect((await postWebhook(payload, { secret: "segredo-do-cliente" })).status).toBe(200);
    const conversation = await db().conversation.findFirstOrThrow({ where: { channelId: channel.id } });
    expect(conversation.unreadCount).toBe(1);

    const other = await textMessage("segredo-de-outro");
    const before = await rejections();
    expect((await postWebhook(other.payload, { secret: "segredo-do-cliente" })).status).toBe(401);
    expect(await rejections()).toBe(before + 1);
    expect(await db().conversation.count({ where: { channelId: other.channel.id } })).toBe(0);
  });
});

describe("POST /api/webhooks/meta raw bytes", () => {
  // A text message whose body carries bytes that are not UTF-8: decoding them replaces each with
  // U+FFFD, so an HMAC over the decoded text differs from Meta's over the bytes.
  async function bytesMessage() {
    const { channel, raw } = await textMessage("MARCA");
    const [before, after] = raw.split("MARCA") as [string, string];
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(after)]);
    expect(Buffer.from(bytes.toString("utf8")).equals(bytes)).toBe(false);
    return { channel, bytes };
  }

  it("verifies the signature over the exact bytes received, not over their decoding", async () => {
    const { channel, bytes } = await bytesMessage();
    expect((await postWebhook(bytes, { signature: signPayload(appSecret(), bytes) })).status).toBe(200);
    expect(await db().message.count({ where: { conversation: { channelId: channel.id } } })).toBe(1);
  });

  it("refuses a signature computed over the decoded text", async () => {
    const { channel, bytes } = await bytesMessage();
    const decoded = bytes.toString("utf8");
    expect((await postWebhook(bytes, { signature: signPayload(appSecret(), decoded) })).status).toBe(401);
    expect(await db().message.count({ where: { conversation: { channelId: channel.id } } })).toBe(0);
  });
});

describe("POST /api/webhooks/meta bodies", () => {
  it("answers 400 to malformed JSON or a non-envelope with a valid signature, storing nothing", async () => {
    const marker = `malformado-${Math.random()}`;
    for (const raw of [`{"object":"whatsapp_business_account","entry":[{"id":"${marker}"`, `["${marker}"]`, `{"object":"${marker}"}`]) {
      expect((await postWebhook(raw)).status).toBe(400);
    }
    expect(await storedWith(marker)).toBe(0);
  });

  it("stores and ignores an unknown change field (200)", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    const marker = `campo-novo-${Math.random()}`;
    const body = webhookBody(business.wabaId, "business_capability_update", { max_daily_conversation_per_phone: 1000, marker });
    expect((await postWebhook(body)).status).toBe(200);
    const event = await db().webhookEvent.findFirstOrThrow({ where: { rawBody: { contains: marker } } });
    expect(event.processedAt).not.toBeNull();
    expect(event.payload).toMatchObject({ entry: [{ changes: [{ field: "business_capability_update" }] }] });
    expect(event.channelId).toBeNull();
    expect((await db().channel.findUniqueOrThrow({ where: { id: channel.id } })).lastWebhookAt).toBeNull();
  });

  it("stores an envelope for another object type without applying it", async () => {
    const marker = `pagina-${Math.random()}`;
    expect((await postWebhook({ object: "page", entry: [{ id: marker, changes: [] }] })).status).toBe(200);
    const event = await db().webhookEvent.findFirstOrThrow({ where: { rawBody: { contains: marker } } });
    expect(event.error).toMatch(/objeto "page" ignorado/);
  });

  it("answers 413 to a body larger than any Meta sends", async () => {
    const response = await postWebhook({ object: "whatsapp_business_account", entry: [], padding: "x".repeat(3 * 1024 * 1024) });
    expect(response.status).toBe(413);
  });

  it("answers 413 to a chunked body (no Content-Length) as soon as it passes the cap, without reading the rest", async () => {
    const before = await rejections();
    const stream = streamingRequest(URL_BASE, { chunkBytes: 256 * 1024, chunks: 400, headers: { "x-hub-signature-256": `sha256=${"0".repeat(64)}` } });
    expect(stream.request.headers.get("content-length")).toBeNull();
    expect((await POST(stream.request)).status).toBe(413);
    expect(stream.pulledBytes()).toBeLessThanOrEqual(MAX_WEBHOOK_BYTES + 2 * 256 * 1024);
    expect(stream.cancelled()).toBe(true);
    expect(await rejections()).toBe(before);
  });

  it("answers 500 when the database is down, so that Meta retries", async () => {
    const { raw } = await textMessage("sem-banco");
    const down = createDb("postgresql://postgres@127.0.0.1:9/indisponivel");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await receiveWebhook(down, { rawBody: raw, signature: signPayload(appSecret(), raw) });
    expect(result.status).toBe(500);
    expect(errors.mock.calls.flat().join(" ")).not.toContain("sem-banco");
    errors.mockRestore();
    await down.$disconnect();
  });
});
