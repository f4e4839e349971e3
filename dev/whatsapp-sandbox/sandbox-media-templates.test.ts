import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateStatusUpdateValueSchema } from "../../server/meta/webhook-payload";
import { readSpokenText } from "../voice-note/spoken-wav";
import { signedCorrectly, waitFor, sandboxSuite, startTestSandbox } from "../../test/whatsapp-sandbox/sandbox-kit";

const NUMBER = "200000000000003";
const WABA = "300000000000003";
const LEAD = "5531998887766";

const suite = sandboxSuite({ phoneNumberId: NUMBER, wabaId: WABA, displayPhoneNumber: "5531300000000", verifiedName: "Imobiliária BH" });

const pdf = new TextEncoder().encode("%PDF-1.4\nTabela de preços\n%%EOF");

describe("media", () => {
  it("round-trips an upload: id → GET /{media-id} → GET url with Bearer → same bytes", async () => {
    const { id } = await suite.kit.client.uploadMedia({ phoneNumberId: NUMBER, bytes: pdf, mimeType: "application/pdf", filename: "tabela.pdf" });
    const info = await suite.kit.client.getMediaInfo(id);
    expect(info).toMatchObject({ id, mime_type: "application/pdf", file_size: pdf.length, messaging_product: "whatsapp" });
    expect(info.url.startsWith(suite.kit.sandbox.url)).toBe(true);
    const downloaded = await suite.kit.client.downloadMedia(id);
    expect(downloaded.bytes).toEqual(pdf);
    expect(downloaded.sha256).toBe(info.sha256);

    const anonymous = await fetch(info.url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 190 } });
  });

  it("refuses types and sizes WhatsApp does not accept", async () => {
    await expect(
      suite.kit.client.uploadMedia({ phoneNumberId: NUMBER, bytes: new Uint8Array(10), mimeType: "application/zip", filename: "x.zip" }),
    ).rejects.toMatchObject({ code: 100 });
    await expect(
      suite.kit.client.uploadMedia({ phoneNumberId: NUMBER, bytes: new Uint8Array(100 * 1024 + 1), mimeType: "image/webp", filename: "big.webp" }),
    ).rejects.toMatchObject({ code: 131053 });
  });

  it("sends media by uploaded id or link and shows it to the lead", async () => {
    await suite.kit.api("POST", `/_sandbox/leads/${LEAD}/messages`, { phoneNumberId: NUMBER, type: "text", text: "Manda a tabela?" });
    const { id } = await suite.kit.client.uploadMedia({ phoneNumberId: NUMBER, bytes: pdf, mimeType: "application/pdf", filename: "tabela.pdf" });
    await suite.kit.client.sendMedia(NUMBER, { to: LEAD, kind: "document", media: { id }, filename: "tabela.pdf", caption: "Segue a tabela" });
    await suite.kit.client.sendMedia(NUMBER, { to: LEAD, kind: "image", media: { link: "https://exemplo.com/planta.png" } });
    await expect(suite.kit.client.sendMedia(NUMBER, { to: LEAD, kind: "image", media: { id: "123456" } })).rejects.toMatchObject({ code: 100 });
    const inbox = await suite.kit.api("GET", `/_sandbox/leads/${LEAD}/inbox?phoneNumberId=${NUMBER}`);
    expect(inbox.body.messages).toEqual([
      expect.objectContaining({ type: "document", text: "Segue a tabela", media: expect.objectContaining({ id, filename: "tabela.pdf", url: `/_sandbox/media/${id}` }) }),
      expect.objectContaining({ type: "image", media: expect.objectContaining({ link: "https://exemplo.com/planta.png" }) }),
    ]);
    const page = await fetch(`${suite.kit.sandbox.url}/_sandbox/media/${id}`);
    expect(new Uint8Array(await page.arrayBuffer())).toEqual(pdf);
  });

  it("lets the app download what the lead sent", async () => {
    const photo = Buffer.from("fake-jpeg-bytes");
    const { body } = await suite.kit.api("POST", `/_sandbox/leads/${LEAD}/messages`, {
      phoneNumberId: NUMBER,
      type: "image",
      dataBase64: photo.toString("base64"),
      mimeType: "image/jpeg",
      caption: "Minha sala",
    });
    await suite.kit.sandbox.webhooksIdle();
    const value = suite.receiver.values("messages")[0] as { messages: { image: { id: string; sha256: string; caption: string } }[] };
    const image = value.messages[0]?.image;
    expect(image).toMatchObject({ id: body.mediaId, caption: "Minha sala" });
    const downloaded = await suite.kit.client.downloadMedia(body.mediaId);
    expect(Buffer.from(downloaded.bytes)).toEqual(photo);
    expect(downloaded.sha256).toBe(image?.sha256);
  });

  it("sends a voice note that carries the words the lead 'says', for the AI stand-in to transcribe", async () => {
    const said = "Oi, dá pra visitar o decorado no sábado?";
    const { body } = await suite.kit.api("POST", `/_sandbox/leads/${LEAD}/messages`, { phoneNumberId: NUMBER, type: "audio", spokenText: said });
    await suite.kit.sandbox.webhooksIdle();
    const value = suite.receiver.values("messages")[0] as { messages: { audio: { id: string; mime_type: string; voice: boolean } }[] };
    expect(value.messages[0]?.audio).toMatchObject({ id: body.mediaId, mime_type: "audio/wav", voice: true });
    const downloaded = await suite.kit.client.downloadMedia(body.mediaId);
    expect(readSpokenText(downloaded.bytes)).toBe(said);
    expect(body.message).toMatchObject({ type: "audio", text: `🎤 ${said}` });
  });
});

describe("templates", () => {
  const create = (name: string, body: string) =>
    suite.kit.client.createTemplate({
      wabaId: WABA,
      name,
      language: "pt_BR",
      category: "MARKETING",
      components: [{ type: "BODY", text: body, example: { body_text: [["Ana"]] } }],
    });

  const templateEvents = () =>
    suite.receiver.received
      .filter((webhook) => webhook.body.entry[0]?.changes[0]?.field === "message_template_status_update")
      .map((webhook) => ({ webhook, value: templateStatusUpdateValueSchema.parse(webhook.body.entry[0]?.changes[0]?.value) }));

  it("goes PENDING → APPROVED by a signed webhook", async () => {
    const created = await create("ola_cliente", "Olá {{1}}, temos novidades!");
    expect(created).toEqual({ id: expect.stringMatching(/^\d+$/), status: "PENDING", category: "MARKETING" });
    const [event] = await waitFor(() => templateEvents().length > 0 && templateEvents(), "template webhook");
    expect(event?.value).toMatchObject({ event: "APPROVED", message_template_id: created.id, message_template_name: "ola_cliente", message_template_language: "pt_BR" });
    expect(event?.webhook.body.entry[0]?.id).toBe(WABA);
    expect(event && signedCorrectly(event.webhook)).toBe(true);
    expect((await suite.kit.client.getTemplate(created.id)).status).toBe("APPROVED");
  });

  it("rejects with reason NONE when the body carries the marker", async () => {
    const created = await create("reprovado", "Olá {{1}}, REPROVAR este texto");
    const [event] = await waitFor(() => templateEvents().length > 0 && templateEvents(), "template webhook");
    expect(event?.value).toMatchObject({ event: "REJECTED", reason: "NONE", message_template_id: created.id });
    expect(await suite.kit.client.getTemplate(created.id)).toMatchObject({ status: "REJECTED", rejected_reason: "NONE" });
  });

  it("lets tests force a decision, and a paused template cannot be sent", async () => {
    await suite.kit.api("POST", "/_sandbox/config", { templateReviewDelayMs: 60_000 });
    const created = await create("pausavel", "Oi {{1}}");
    const decided = await suite.kit.api("POST", `/_sandbox/templates/${created.id}/decide`, { status: "paused", reason: "LOW_QUALITY" });
    expect(decided.body).toMatchObject({ status: "PAUSED" });
    await waitFor(() => templateEvents().some((event) => event.value.event === "PAUSED"), "PAUSED webhook");
    await expect(suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "pausavel", languageCode: "pt_BR", bodyParameters: ["Ana"] })).rejects.toMatchObject({ code: 132015 });
    expect(templateEvents()).toHaveLength(1);
  });

  it("lists, filters, gets and deletes like Graph", async () => {
    const first = await create("visita_agendada", "Visita confirmada, {{1}}");
    await create("outra_coisa", "Oi {{1}}");
    const listed = await suite.kit.client.listTemplates({ wabaId: WABA, name: "visita" });
    expect(listed.data.map((template) => template.name)).toEqual(["visita_agendada"]);
    expect(listed.data[0]?.components[0]).toMatchObject({ type: "BODY", text: "Visita confirmada, {{1}}" });
    expect((await suite.kit.client.listTemplates({ wabaId: "outra-waba" })).data).toEqual([]);
    await expect(suite.kit.client.deleteTemplate({ wabaId: WABA, name: "visita_agendada" })).resolves.toEqual({ success: true });
    await expect(suite.kit.client.getTemplate(first.id)).rejects.toMatchObject({ code: 100 });
    await expect(suite.kit.client.deleteTemplate({ wabaId: WABA, name: "visita_agendada" })).rejects.toMatchObject({ code: 100 });
    const all = await suite.kit.api("GET", `/_sandbox/templates?wabaId=${WABA}`);
    expect(all.body.templates.map((template: { name: string }) => template.name)).toEqual(["outra_coisa"]);
  });

  it("refuses what Meta's review refuses", async () => {
    await expect(create("Nome Inválido", "Oi {{1}}")).rejects.toMatchObject({ code: 100 });
    await create("duplicado", "Oi {{1}}");
    await expect(create("duplicado", "Oi {{1}}")).rejects.toMatchObject({ code: 100 });
    await expect(
      suite.kit.client.createTemplate({ wabaId: WABA, name: "sem_exemplo", language: "pt_BR", category: "UTILITY", components: [{ type: "BODY", text: "Oi {{1}}" }] }),
    ).rejects.toMatchObject({ code: 100, details: expect.stringContaining("example") });
  });
});

describe("persistence", () => {
  it("keeps numbers, leads, templates and media bytes across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wa-sandbox-"));
    const stateFile = join(dir, "state.json");
    try {
      const first = await startTestSandbox(undefined, { stateFile, templateReviewDelayMs: 60_000 });
      await first.api("PUT", `/_sandbox/numbers/${NUMBER}`, { wabaId: WABA, displayPhoneNumber: "5531300000000", verifiedName: "BH" });
      await first.api("POST", `/_sandbox/leads/${LEAD}/messages`, { phoneNumberId: NUMBER, type: "text", text: "oi", name: "Bia" });
      const { id } = await first.client.uploadMedia({ phoneNumberId: NUMBER, bytes: pdf, mimeType: "application/pdf", filename: "t.pdf" });
      await first.client.createTemplate({ wabaId: WABA, name: "persistido", language: "pt_BR", category: "UTILITY", components: [{ type: "BODY", text: "Oi" }] });
      await first.sandbox.close();

      const second = await startTestSandbox(undefined, { stateFile });
      try {
        expect((await second.api("GET", "/_sandbox/numbers")).body.numbers).toEqual([expect.objectContaining({ phoneNumberId: NUMBER, verifiedName: "BH" })]);
        const chat = await second.api("GET", `/_sandbox/leads/${LEAD}/chat?phoneNumberId=${NUMBER}`);
        expect(chat.body).toMatchObject({ lead: { name: "Bia" }, messages: [expect.objectContaining({ text: "oi" })] });
        expect((await second.client.downloadMedia(id)).bytes).toEqual(pdf);
        expect((await second.client.listTemplates({ wabaId: WABA })).data.map((template) => template.name)).toEqual(["persistido"]);
        // The 24 h window survives too: a free-form reply is accepted.
        await expect(second.client.sendText(NUMBER, { to: LEAD, body: "voltei" })).resolves.toBeDefined();
      } finally {
        await second.sandbox.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
