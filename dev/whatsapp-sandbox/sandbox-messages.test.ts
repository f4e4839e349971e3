import { describe, expect, it } from "vitest";
import { createGraphClient } from "../../server/meta/graph-client";
import { MetaApiError } from "../../server/meta/meta-errors";
import { waitFor, sandboxSuite } from "../../test/whatsapp-sandbox/sandbox-kit";

const NUMBER = "200000000000001";
const LEAD = "5511987654321";

const suite = sandboxSuite({ phoneNumberId: NUMBER, wabaId: "300000000000001", displayPhoneNumber: "5511400028922", verifiedName: "Imobiliária Teste" });

const leadWrites = (text = "Olá!") => suite.kit.api("POST", `/_sandbox/leads/${LEAD}/messages`, { phoneNumberId: NUMBER, type: "text", text });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe("sending messages", () => {
  it("refuses a bad token with Meta's 190 over HTTP 401", async () => {
    const stranger = createGraphClient({ accessToken: "wrong", baseUrl: suite.kit.sandbox.url });
    const error = await failure(stranger.sendText(NUMBER, { to: LEAD, body: "oi" }));
    expect(error).toBeInstanceOf(MetaApiError);
    expect(error).toMatchObject({ code: 190, httpStatus: 401, retriable: false });
  });

  it("answers 131047 while the lead has not written in the window, then accepts", async () => {
    const refused = await failure(suite.kit.client.sendText(NUMBER, { to: LEAD, body: "Oi, tudo bem?" }));
    expect(refused).toMatchObject({ code: 131047, retriable: false });
    expect(refused).toHaveProperty("details", expect.stringContaining("24 hours"));

    await leadWrites();
    const sent = await suite.kit.client.sendText(NUMBER, { to: `+${LEAD}`, body: "Oi, tudo bem?" });
    expect(sent.wamid).toMatch(/^wamid\./);
    expect(sent.waId).toBe(LEAD);
    const inbox = await suite.kit.api("GET", `/_sandbox/leads/${LEAD}/inbox?phoneNumberId=${NUMBER}`);
    expect(inbox.body.messages).toEqual([expect.objectContaining({ wamid: sent.wamid, type: "text", text: "Oi, tudo bem?" })]);
  });

  it("closes the window again after SANDBOX_WINDOW_MS", async () => {
    await suite.kit.api("POST", "/_sandbox/config", { windowMs: 30 });
    await leadWrites();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await expect(suite.kit.client.sendText(NUMBER, { to: LEAD, body: "tarde demais" })).rejects.toMatchObject({ code: 131047 });
  });

  it("opens many leads' windows at once for load runs, without an inbound webhook", async () => {
    const other = "5521987650001";
    const opened = await suite.kit.api("POST", "/_sandbox/leads/open-windows", { phoneNumberId: NUMBER, phones: [LEAD, `+${other}`] });
    expect(opened).toMatchObject({ status: 200, body: { opened: 2 } });
    await suite.kit.client.sendText(NUMBER, { to: LEAD, body: "Oi" });
    await suite.kit.client.sendText(NUMBER, { to: other, body: "Oi" });
    expect(suite.receiver.values("messages").flatMap((value) => (value.messages as unknown[] | undefined) ?? [])).toEqual([]);
    expect(await suite.kit.api("POST", "/_sandbox/leads/open-windows", { phoneNumberId: NUMBER, phones: ["abc"] })).toMatchObject({ status: 400 });
  });

  it("can report 131047 the way Meta does: accepted, then a failed status webhook", async () => {
    await suite.kit.api("POST", "/_sandbox/config", { windowErrorMode: "webhook" });
    const { wamid } = await suite.kit.client.sendText(NUMBER, { to: LEAD, body: "sem janela" });
    const failed = await waitFor(
      () => suite.receiver.values("messages").flatMap((value) => (value.statuses as { id: string; status: string; errors?: { code: number }[] }[] | undefined) ?? []).find((status) => status.id === wamid && status.status === "failed"),
      "failed status",
    );
    expect(failed.errors?.[0]?.code).toBe(131047);
  });

  it("finds the lead with or without the Brazilian 9th digit", async () => {
    await leadWrites();
    const sent = await suite.kit.client.sendText(NUMBER, { to: "551187654321", body: "sem o nove" });
    expect(sent.waId).toBe(LEAD);
  });

  it("lets templates through a closed window and renders them with their parameters", async () => {
    const template = await suite.kit.client.createTemplate({
      wabaId: "300000000000001",
      name: "boas_vindas",
      language: "pt_BR",
      category: "MARKETING",
      components: [
        { type: "BODY", text: "Olá {{1}}, sou {{2}} do {{3}}.", example: { body_text: [["Ana", "Bruno", "Jardins"]] } },
        { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Tenho interesse" }] },
      ],
    });
    await suite.kit.api("POST", `/_sandbox/templates/${template.id}/decide`, { status: "APPROVED" });
    const sent = await suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "boas_vindas", languageCode: "pt_BR", bodyParameters: ["Ana", "Bruno", "Residencial Jardins"] });
    const inbox = await suite.kit.api("GET", `/_sandbox/leads/${LEAD}/inbox?phoneNumberId=${NUMBER}`);
    expect(inbox.body.messages[0]).toMatchObject({
      wamid: sent.wamid,
      type: "template",
      text: "Olá Ana, sou Bruno do Residencial Jardins.",
      template: { name: "boas_vindas", language: "pt_BR", parameters: ["Ana", "Bruno", "Residencial Jardins"] },
      choices: [{ kind: "template_button", title: "Tenho interesse" }],
    });

    await expect(
      suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "boas_vindas", languageCode: "pt_BR", bodyParameters: ["Ana"] }),
    ).rejects.toMatchObject({ code: 132000, retriable: false });
    await expect(suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "boas_vindas", languageCode: "en_US" })).resolves.toBeDefined();
    await suite.kit.api("POST", "/_sandbox/config", { strictTemplates: true });
    await expect(suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "boas_vindas", languageCode: "en_US" })).rejects.toMatchObject({ code: 132001 });
  });

  it("refuses a template that is not approved yet", async () => {
    await suite.kit.api("POST", "/_sandbox/config", { templateReviewDelayMs: 60_000 });
    await suite.kit.client.createTemplate({ wabaId: "300000000000001", name: "pendente", language: "pt_BR", category: "UTILITY", components: [{ type: "BODY", text: "Sem variáveis" }] });
    await expect(suite.kit.client.sendTemplate(NUMBER, { to: LEAD, name: "pendente", languageCode: "pt_BR" })).rejects.toMatchObject({ code: 132001 });
  });

  it("answers 100 to malformed requests", async () => {
    await leadWrites();
    const post = (body: unknown) =>
      fetch(`${suite.kit.sandbox.url}/v24.0/${NUMBER}/messages`, {
        method: "POST",
        headers: { authorization: "Bearer token-de-teste", "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    expect(await post({ to: LEAD, type: "text", text: { body: "x" } })).toMatchObject({ status: 400, body: { error: { code: 100 } } });
    expect(await post({ messaging_product: "whatsapp", to: LEAD, type: "carousel" })).toMatchObject({ body: { error: { code: 100 } } });
    expect(await post({ messaging_product: "whatsapp", to: LEAD, type: "text", text: { body: "a".repeat(4097) } })).toMatchObject({
      body: { error: { code: 100, error_data: { details: expect.stringContaining("4096") } } },
    });
    expect(await post({ messaging_product: "whatsapp", to: LEAD, type: "image", image: {} })).toMatchObject({ body: { error: { code: 100 } } });
  });

  it("answers 130429 above the per-number rate and records it in /_sandbox/sent", async () => {
    await suite.kit.api("POST", "/_sandbox/config", { rateLimitMps: 3 });
    await leadWrites();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) => failure(suite.kit.client.sendText(NUMBER, { to: LEAD, body: `msg ${index}` }))),
    );
    const refused = results.filter((result) => result instanceof MetaApiError);
    expect(refused.length).toBe(3);
    expect(refused[0]).toMatchObject({ code: 130429, retriable: true });
    const { body } = await suite.kit.api("GET", `/_sandbox/sent?phoneNumberId=${NUMBER}`);
    expect(body.sent.filter((record: { accepted: boolean }) => record.accepted)).toHaveLength(3);
    expect(body.sent.filter((record: { errorCode?: number }) => record.errorCode === 130429)).toHaveLength(3);
    expect(body.sent[0]).toEqual(expect.objectContaining({ phoneNumberId: NUMBER, to: LEAD, type: "text", receivedAt: expect.any(Number) }));
    // What each accepted message said, so a benchmark can tell its messages apart by their text alone.
    const texts = body.sent.filter((record: { accepted: boolean }) => record.accepted).map((record: { text?: string }) => record.text);
    expect(texts.every((text: string | undefined) => /^msg \d$/.test(text ?? ""))).toBe(true);
  });

  it("fails the next N sends with an injected code, then succeeds", async () => {
    await leadWrites();
    await suite.kit.api("POST", "/_sandbox/fail-next", { phoneNumberId: NUMBER, code: 130429, times: 2 });
    await expect(suite.kit.client.sendText(NUMBER, { to: LEAD, body: "1" })).rejects.toMatchObject({ code: 130429, retriable: true });
    await expect(suite.kit.client.sendText(NUMBER, { to: LEAD, body: "2" })).rejects.toMatchObject({ code: 130429 });
    await expect(suite.kit.client.sendText(NUMBER, { to: LEAD, body: "3" })).resolves.toMatchObject({ wamid: expect.stringMatching(/^wamid\./) });

    await suite.kit.api("POST", "/_sandbox/fail-next", { code: 131000 });
    await expect(suite.kit.client.sendText(NUMBER, { to: LEAD, body: "4" })).rejects.toMatchObject({ code: 131000, httpStatus: 500, retriable: true });
  });

  it("marks lead messages as read and refuses unknown ids", async () => {
    const { body } = await leadWrites("Quero visitar");
    await expect(suite.kit.client.markAsRead(NUMBER, body.wamid)).resolves.toEqual({ success: true });
    const chat = await suite.kit.api("GET", `/_sandbox/leads/${LEAD}/chat?phoneNumberId=${NUMBER}`);
    expect(chat.body.messages[0]).toMatchObject({ wamid: body.wamid, direction: "in", status: "read" });
    await expect(suite.kit.client.markAsRead(NUMBER, "wamid.unknown")).rejects.toMatchObject({ code: 100 });
  });

  it("delivers reactions and replies", async () => {
    const { body } = await leadWrites("Tem varanda?");
    const reply = await suite.kit.client.sendText(NUMBER, { to: LEAD, body: "Tem sim!", replyTo: body.wamid });
    await suite.kit.client.sendReaction(NUMBER, { to: LEAD, messageId: body.wamid, emoji: "👍" });
    const chat = await suite.kit.api("GET", `/_sandbox/leads/${LEAD}/chat?phoneNumberId=${NUMBER}`);
    const byId = new Map(chat.body.messages.map((message: { wamid: string }) => [message.wamid, message]));
    expect(byId.get(body.wamid)).toMatchObject({ reactions: { business: "👍" } });
    expect(byId.get(reply.wamid)).toMatchObject({ contextId: body.wamid, text: "Tem sim!" });
  });

  it("answers phone number health like Graph, with only the fields asked for", async () => {
    const info = await suite.kit.client.getPhoneNumberInfo(NUMBER);
    expect(info).toEqual({
      id: NUMBER,
      display_phone_number: "5511400028922",
      verified_name: "Imobiliária Teste",
      quality_rating: "GREEN",
      messaging_limit_tier: "TIER_1K",
      status: "CONNECTED",
    });
    const unknown = await suite.kit.client.getPhoneNumberInfo("999000999");
    expect(unknown.status).toBe("CONNECTED");
    const numbers = await suite.kit.api("GET", "/_sandbox/numbers");
    expect(numbers.body.numbers.map((number: { phoneNumberId: string }) => number.phoneNumberId)).toContain("999000999");
  });
});
