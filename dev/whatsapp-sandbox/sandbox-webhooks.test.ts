import { describe, expect, it } from "vitest";
import { inboundMessageTypes } from "../../server/meta/webhook-inbound-message";
import { parseWebhookChange, webhookEnvelopeSchema, type MessagesChangeValue } from "../../server/meta/webhook-payload";
import { verifySignature } from "../../server/meta/webhook-signature";
import { TEST_SECRET, signedCorrectly, waitFor, sandboxSuite, startReceiver } from "../../test/whatsapp-sandbox/sandbox-kit";

const NUMBER = "200000000000002";
const WABA = "300000000000002";
const LEAD = "5521998765432";

const suite = sandboxSuite({ phoneNumberId: NUMBER, wabaId: WABA, displayPhoneNumber: "5521300000000", verifiedName: "Imobiliária Rio" });

/** Parses every received webhook with the app's schemas; throws on anything malformed. */
function parsedMessagesValues(): MessagesChangeValue[] {
  return suite.receiver.received.flatMap((webhook) => {
    const envelope = webhookEnvelopeSchema.parse(JSON.parse(webhook.raw));
    return envelope.entry.flatMap((entry) =>
      entry.changes.flatMap((change) => {
        const parsed = parseWebhookChange(change);
        if (parsed.kind === "invalid") throw new Error(JSON.stringify(parsed.issues));
        return parsed.kind === "messages" ? [parsed.value] : [];
      }),
    );
  });
}

const statusesOf = (wamid: string) =>
  parsedMessagesValues()
    .flatMap((value) => value.statuses ?? [])
    .filter((status) => status.id === wamid)
    .map((status) => status.status);

const leadSends = (body: Record<string, unknown>) => suite.kit.api("POST", `/_sandbox/leads/${LEAD}/messages`, { phoneNumberId: NUMBER, ...body });

describe("status webhooks", () => {
  it("emits sent → delivered → read, signed over the exact bytes", async () => {
    await leadSends({ type: "text", text: "Oi", name: "Carla Dias" });
    const { wamid } = await suite.kit.client.sendText(NUMBER, { to: LEAD, body: "Olá Carla" });
    await waitFor(() => statusesOf(wamid).length === 3, "three statuses");
    expect(statusesOf(wamid)).toEqual(["sent", "delivered", "read"]);
    for (const webhook of suite.receiver.received) {
      expect(signedCorrectly(webhook)).toBe(true);
      expect(verifySignature("outro-segredo", webhook.raw, webhook.headers["x-hub-signature-256"] as string)).toBe(false);
      expect(verifySignature(TEST_SECRET, `${webhook.raw} `, webhook.headers["x-hub-signature-256"] as string)).toBe(false);
    }
    const status = parsedMessagesValues().flatMap((value) => value.statuses ?? []).find((candidate) => candidate.id === wamid);
    expect(status).toMatchObject({ recipient_id: LEAD, recipient_user_id: expect.stringMatching(/^BR\./), pricing: { category: "service" } });
    expect(suite.receiver.received[0]?.body.entry[0]?.id).toBe(WABA);
  });

  it("stops at delivered when the lead does not read, and reads on request", async () => {
    await suite.kit.api("POST", "/_sandbox/leads", { phone: LEAD, name: "Carla", autoRead: false });
    await leadSends({ type: "text", text: "Oi" });
    const { wamid } = await suite.kit.client.sendText(NUMBER, { to: LEAD, body: "Olá" });
    await waitFor(() => statusesOf(wamid).includes("delivered"), "delivered");
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(statusesOf(wamid)).toEqual(["sent", "delivered"]);

    const read = await suite.kit.api("POST", `/_sandbox/leads/${LEAD}/read`, { phoneNumberId: NUMBER });
    expect(read.body.read).toBe(1);
    await waitFor(() => statusesOf(wamid).includes("read"), "read");
    expect(statusesOf(wamid)).toEqual(["sent", "delivered", "read"]);
  });

  it("keeps retrying while the app answers non-2xx", async () => {
    const flaky = await startReceiver((attempt) => (attempt <= 2 ? 503 : 200));
    await suite.kit.api("PUT", `/_sandbox/numbers/${NUMBER}`, { wabaId: WABA, displayPhoneNumber: "5521300000000", verifiedName: "Rio", webhookUrl: flaky.url, appSecret: "segredo-proprio" });
    try {
      await leadSends({ type: "text", text: "Oi" });
      await waitFor(() => flaky.received.length === 1, "delivery after retries", 8000);
      expect(flaky.attempts()).toBe(3);
      const webhook = flaky.received[0];
      expect(webhook && signedCorrectly(webhook, "segredo-proprio")).toBe(true);
      const records = await suite.kit.api("GET", "/_sandbox/webhooks?field=messages");
      expect(records.body.webhooks.at(-1)).toMatchObject({ state: "delivered", attempts: 3 });
    } finally {
      await flaky.close();
    }
  });

  it("emits nothing when webhooks are off", async () => {
    await suite.kit.api("POST", "/_sandbox/config", { webhooks: false });
    await leadSends({ type: "text", text: "Oi" });
    await suite.kit.sandbox.webhooksIdle();
    expect(suite.receiver.received).toHaveLength(0);
  });
});

describe("lead JSON API → inbound webhooks", () => {
  it("produces Meta-shaped, signed webhooks for every kind the page can send", async () => {
    const { body: first } = await leadSends({ type: "text", text: "Olá, vi o anúncio", name: "Carla Dias" });
    const business = await suite.kit.client.sendText(NUMBER, { to: LEAD, body: "Oi Carla!" });
    const variants = [
      { type: "image", caption: "Fachada" },
      { type: "document", dataBase64: Buffer.from("%PDF-1.4 proposta").toString("base64"), mimeType: "application/pdf", filename: "proposta.pdf" },
      { type: "audio", voice: true },
      { type: "video" },
      { type: "sticker" },
      { type: "reaction", messageId: business.wamid, emoji: "❤️" },
      { type: "reaction", messageId: business.wamid },
      { type: "interactive", buttonReply: { id: "agendar", title: "Agendar visita" } },
      { type: "interactive", listReply: { id: "2q", title: "2 quartos" } },
      { type: "button", text: "Tenho interesse", payload: "INTERESSE" },
      { type: "location", latitude: -22.97, longitude: -43.18, name: "Copacabana" },
      { type: "contacts", contacts: [{ name: "João", phone: "+55 21 91234-5678" }] },
      { type: "text", text: "Respondendo", replyTo: business.wamid },
    ];
    for (const variant of variants) expect((await leadSends(variant)).status).toBe(201);
    await suite.kit.sandbox.webhooksIdle();

    expect(suite.receiver.received.every((webhook) => signedCorrectly(webhook))).toBe(true);
    const inbound = parsedMessagesValues().filter((value) => value.messages?.length);
    expect(inbound).toHaveLength(variants.length + 1);
    for (const value of inbound) {
      expect(value.metadata).toEqual({ display_phone_number: "5521300000000", phone_number_id: NUMBER });
      expect(value.contacts?.[0]).toMatchObject({ profile: { name: "Carla Dias" }, wa_id: LEAD, user_id: expect.stringMatching(/^BR\./) });
    }
    const messages = inbound.flatMap((value) => value.messages ?? []);
    expect(messages[0]).toMatchObject({ id: first.wamid, from: LEAD, type: "text", text: { body: "Olá, vi o anúncio" } });
    const types = new Set(messages.map((message) => message.type));
    for (const type of inboundMessageTypes.filter((name) => !["order", "system", "unsupported"].includes(name))) expect(types).toContain(type);

    const document = messages.find((message) => message.type === "document");
    expect(document?.type === "document" && document.document).toMatchObject({ filename: "proposta.pdf", mime_type: "application/pdf", id: expect.any(String) });
    const voice = messages.find((message) => message.type === "audio");
    expect(voice?.type === "audio" && voice.audio.voice).toBe(true);
    const reactions = messages.filter((message) => message.type === "reaction");
    expect(reactions.map((message) => message.type === "reaction" && message.reaction)).toEqual([
      { message_id: business.wamid, emoji: "❤️" },
      { message_id: business.wamid },
    ]);
    expect(messages.at(-1)?.context).toEqual({ id: business.wamid, from: "5521300000000" });
  });

  it("leaves the phone out for a lead known only by username", async () => {
    await suite.kit.api("POST", "/_sandbox/leads", { phone: LEAD, name: "Carla", usernameOnly: true });
    await leadSends({ type: "text", text: "oi" });
    await suite.kit.sandbox.webhooksIdle();
    const [value] = parsedMessagesValues();
    expect(value?.messages?.[0]?.from).toBeUndefined();
    expect(value?.messages?.[0]?.from_user_id).toMatch(/^BR\./);
    expect(value?.contacts?.[0]?.wa_id).toBeUndefined();
  });

  it("refuses malformed lead messages", async () => {
    expect((await leadSends({ type: "text" })).status).toBe(400);
    expect((await suite.kit.api("POST", `/_sandbox/leads/${LEAD}/messages`, { type: "text", text: "sem número" })).status).toBe(400);
    expect((await suite.kit.api("POST", "/_sandbox/leads/abc/messages", { phoneNumberId: NUMBER, type: "text", text: "x" })).status).toBe(400);
  });
});
