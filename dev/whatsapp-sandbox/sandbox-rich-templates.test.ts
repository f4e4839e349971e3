import { describe, expect, it } from "vitest";
import { solidPng } from "../../prisma/seed/sample-files";
import { sandboxSuite, waitFor } from "../../test/whatsapp-sandbox/sandbox-kit";

const NUMBER = "200000000000014";
const WABA = "300000000000014";
const APP = "700000000000014";
const LEAD = "5511976543210";

const suite = sandboxSuite({ phoneNumberId: NUMBER, wabaId: WABA, displayPhoneNumber: "5511300000014", verifiedName: "Imobiliária Sol" });
const photo = solidPng(32, 24, [200, 120, 40]);

async function approvedImageTemplate() {
  const { handle } = await suite.kit.client.uploadForHandle({ appId: APP, bytes: photo, mimeType: "image/png", fileName: "fachada.png" });
  const created = await suite.kit.client.createTemplate({
    wabaId: WABA,
    name: "lancamento_foto",
    language: "pt_BR",
    category: "MARKETING",
    components: [
      { type: "HEADER", format: "IMAGE", example: { header_handle: [handle] } },
      { type: "BODY", text: "Olá {{1}}! O {{2}} foi lançado.", example: { body_text: [["Maria", "Jardins"]] } },
      { type: "FOOTER", text: "Imobiliária Sol" },
      { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Quero agendar uma visita" }, { type: "QUICK_REPLY", text: "Parar promoções" }] },
    ],
  });
  await suite.kit.api("POST", `/_sandbox/templates/${created.id}/decide`, { status: "APPROVED" });
  const { id: mediaId } = await suite.kit.client.uploadMedia({ phoneNumberId: NUMBER, bytes: photo, mimeType: "image/png", filename: "fachada.png" });
  return { handle, mediaId };
}

const image = (mediaId: string) => [{ type: "image" as const, media: { id: mediaId } }];
const quickReplies = [
  { subType: "quick_reply" as const, index: 0, payload: "QUICK_REPLY_0" },
  { subType: "quick_reply" as const, index: 1, payload: "OPT_OUT" },
];

describe("resumable upload", () => {
  it("gives a handle for a template sample, and refuses a type Meta does not take or a wrong length", async () => {
    const { handle } = await suite.kit.client.uploadForHandle({ appId: APP, bytes: photo, mimeType: "image/png", fileName: "a.png" });
    expect(handle).toMatch(/^4::/);
    await expect(suite.kit.client.uploadForHandle({ appId: APP, bytes: photo, mimeType: "image/gif", fileName: "a.gif" })).rejects.toMatchObject({ code: 100 });
    const session = await fetch(`${suite.kit.sandbox.url}/v24.0/${APP}/uploads?file_length=10&file_type=image/png&file_name=a.png`, { method: "POST", headers: { authorization: "Bearer token-de-teste" } });
    const { id } = (await session.json()) as { id: string };
    const short = await fetch(`${suite.kit.sandbox.url}/v24.0/${id}`, { method: "POST", headers: { authorization: "OAuth token-de-teste", file_offset: "0" }, body: new Uint8Array(3) });
    expect(short.status).toBe(400);
  });
});

describe("templates with components", () => {
  it("creates a media-header template only with a handle of the right kind", async () => {
    const create = (header: { type: string } & Record<string, unknown>) =>
      suite.kit.client.createTemplate({ wabaId: WABA, name: `t_${Math.random().toString(36).slice(2, 8)}`, language: "pt_BR", category: "MARKETING", components: [header, { type: "BODY", text: "Oi" }] });
    await expect(create({ type: "HEADER", format: "IMAGE" })).rejects.toMatchObject({ code: 100, details: expect.stringContaining("header_handle") });
    await expect(create({ type: "HEADER", format: "IMAGE", example: { header_handle: ["inventado"] } })).rejects.toMatchObject({ code: 100 });
    const { handle } = await suite.kit.client.uploadForHandle({ appId: APP, bytes: new TextEncoder().encode("%PDF-1.4"), mimeType: "application/pdf", fileName: "t.pdf" });
    await expect(create({ type: "HEADER", format: "IMAGE", example: { header_handle: [handle] } })).rejects.toMatchObject({ code: 100, details: expect.stringContaining("application/pdf") });
    await expect(create({ type: "HEADER", format: "DOCUMENT", example: { header_handle: [handle] } })).resolves.toMatchObject({ status: "PENDING" });
    await expect(create({ type: "HEADER", format: "TEXT", text: "x".repeat(61) })).rejects.toMatchObject({ code: 100 });
  });

  it("delivers image header + body + footer + quick replies, which the phone shows and the lead taps (button webhook with payload and context)", async () => {
    const { mediaId } = await approvedImageTemplate();
    const sent = await suite.kit.client.sendTemplate(NUMBER, {
      to: LEAD,
      name: "lancamento_foto",
      languageCode: "pt_BR",
      headerParameters: image(mediaId),
      bodyParameters: ["Maria", "Residencial Jardins"],
      buttonParameters: quickReplies,
    });
    const inbox = await suite.kit.api("GET", `/_sandbox/leads/${LEAD}/inbox?phoneNumberId=${NUMBER}`);
    expect(inbox.body.messages[0]).toMatchObject({
      wamid: sent.wamid,
      text: "Olá Maria! O Residencial Jardins foi lançado.",
      footer: "Imobiliária Sol",
      media: { id: mediaId, mimeType: "image/png", url: `/_sandbox/media/${mediaId}` },
      choices: [
        { kind: "template_button", id: "QUICK_REPLY_0", title: "Quero agendar uma visita" },
        { kind: "template_button", id: "OPT_OUT", title: "Parar promoções" },
      ],
    });
    await suite.kit.api("POST", `/_sandbox/leads/${LEAD}/messages`, { phoneNumberId: NUMBER, type: "button", text: "Parar promoções", payload: "OPT_OUT", replyTo: sent.wamid });
    const tap = await waitFor(() => suite.receiver.values("messages").flatMap((v) => (v.messages as Record<string, unknown>[] | undefined) ?? []).find((m) => m.type === "button"), "button webhook");
    expect(tap).toMatchObject({ type: "button", button: { text: "Parar promoções", payload: "OPT_OUT" }, context: { id: sent.wamid } });
  });

  it("answers 132000 when a parameter is missing or extra, and 132012 when one has the wrong format, as Meta does", async () => {
    const { mediaId } = await approvedImageTemplate();
    const send = (input: Record<string, unknown>) =>
      suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "lancamento_foto", languageCode: "pt_BR", bodyParameters: ["Maria", "Jardins"], headerParameters: image(mediaId), ...input });
    // The malformed header other inboxes send: none at all, a document for an image, text for an image.
    await expect(send({ headerParameters: [] })).rejects.toMatchObject({ code: 132000, retriable: false });
    await expect(send({ headerParameters: [{ type: "document", media: { id: mediaId } }] })).rejects.toMatchObject({ code: 132012 });
    await expect(send({ headerParameters: [{ type: "text", text: "Jardins" }] })).rejects.toMatchObject({ code: 132012 });
    await expect(send({ headerParameters: [{ type: "image", media: { id: "999999" } }] })).rejects.toMatchObject({ code: 132012 });
    await expect(send({ bodyParameters: ["Maria"] })).rejects.toMatchObject({ code: 132000 });
    await expect(send({ buttonParameters: [{ subType: "url", index: 0, text: "x" }] })).rejects.toMatchObject({ code: 132012 });
    await expect(send({ buttonParameters: [{ subType: "quick_reply", index: 5, payload: "x" }] })).rejects.toMatchObject({ code: 132000 });
    await expect(send({})).resolves.toMatchObject({ wamid: expect.any(String) });
  });

  it("checks URL buttons: the variable suffix is required, and a fixed URL takes none", async () => {
    const created = await suite.kit.client.createTemplate({
      wabaId: WABA,
      name: "decorado",
      language: "pt_BR",
      category: "MARKETING",
      components: [
        { type: "HEADER", format: "TEXT", text: "Lançamento {{1}}", example: { header_text: ["Jardins"] } },
        { type: "BODY", text: "Olá {{1}}!", example: { body_text: [["Maria"]] } },
        { type: "BUTTONS", buttons: [{ type: "URL", text: "Ver o decorado", url: "https://imob.com.br/e/{{1}}", example: ["https://imob.com.br/e/jardins"] }, { type: "PHONE_NUMBER", text: "Ligar", phone_number: "+5511987654321" }] },
      ],
    });
    await suite.kit.api("POST", `/_sandbox/templates/${created.id}/decide`, { status: "APPROVED" });
    const send = (input: Record<string, unknown>) => suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "decorado", languageCode: "pt_BR", bodyParameters: ["Maria"], headerParameters: [{ type: "text", text: "Jardins" }], ...input });
    await expect(send({})).rejects.toMatchObject({ code: 132000 });
    await expect(send({ headerParameters: [], buttonParameters: [{ subType: "url", index: 0, text: "residencial-jardins" }] })).rejects.toMatchObject({ code: 132000 });
    await expect(send({ buttonParameters: [{ subType: "url", index: 1, text: "x" }] })).rejects.toMatchObject({ code: 132012 });
    await send({ buttonParameters: [{ subType: "url", index: 0, text: "residencial-jardins" }] });
    const inbox = await suite.kit.api("GET", `/_sandbox/leads/${LEAD}/inbox?phoneNumberId=${NUMBER}`);
    expect(inbox.body.messages.at(-1)).toMatchObject({
      text: "Lançamento Jardins\nOlá Maria!",
      links: [
        { kind: "url", title: "Ver o decorado", target: "https://imob.com.br/e/residencial-jardins" },
        { kind: "phone", title: "Ligar", target: "+5511987654321" },
      ],
    });
  });
});

describe("a lead who stopped the business's marketing in WhatsApp", () => {
  it("gets marketing templates accepted, then a failed status with 131050; utility templates go through", async () => {
    await suite.kit.api("POST", "/_sandbox/config", { statusDelayMs: 10 });
    await suite.kit.api("POST", "/_sandbox/leads", { phone: LEAD, name: "Maria", stoppedMarketing: true });
    for (const [name, category] of [["promo", "MARKETING"], ["aviso", "UTILITY"]] as const) {
      const created = await suite.kit.client.createTemplate({ wabaId: WABA, name, language: "pt_BR", category, components: [{ type: "BODY", text: "Novidades para você" }] });
      await suite.kit.api("POST", `/_sandbox/templates/${created.id}/decide`, { status: "APPROVED" });
    }
    const promo = await suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "promo", languageCode: "pt_BR" });
    const aviso = await suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "aviso", languageCode: "pt_BR" });
    const statusesOf = (wamid: string) => suite.receiver.values("messages").flatMap((v) => (v.statuses as { id: string; status: string; errors?: { code: number }[] }[] | undefined) ?? []).filter((s) => s.id === wamid);
    const failed = await waitFor(() => statusesOf(promo.wamid).find((s) => s.status === "failed"), "131050 status");
    expect(failed.errors?.[0]?.code).toBe(131050);
    await waitFor(() => statusesOf(aviso.wamid).find((s) => s.status === "delivered"), "utility delivered");
    expect(statusesOf(aviso.wamid).some((s) => s.status === "failed")).toBe(false);
  });
});
