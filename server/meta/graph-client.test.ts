import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGraphClient } from "./graph-client";
import { graphConfigFromEnv } from "./graph-config";
import { MetaApiError, MetaNetworkError } from "./meta-errors";

type Call = { url: URL; method: string; headers: Headers; body: RequestInit["body"] };

function fakeGraph(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: string, init?: RequestInit) => {
    const call = { url: new URL(input), method: init?.method ?? "GET", headers: new Headers(init?.headers), body: init?.body };
    calls.push(call);
    return answer(call);
  };
  const client = createGraphClient({ accessToken: "tok-123", baseUrl: "https://graph.test/", apiVersion: "v24.0", fetch });
  return { client, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const sent = (wamid: string) => json({ messaging_product: "whatsapp", contacts: [{ input: "+5511987654321", wa_id: "5511987654321" }], messages: [{ id: wamid }] });
const bodyOf = (call: Call | undefined) => JSON.parse(String(call?.body));

describe("graph client: sending", () => {
  it("sends text to /{version}/{phone-number-id}/messages with the Bearer token", async () => {
    const { client, calls } = fakeGraph(() => sent("wamid.A"));
    const result = await client.sendText("106540", { to: "+5511987654321", body: "Olá!", previewUrl: true, replyTo: "wamid.Q" });
    expect(result).toEqual({ wamid: "wamid.A", waId: "5511987654321", input: "+5511987654321" });
    expect(calls[0]?.url.href).toBe("https://graph.test/v24.0/106540/messages");
    expect(calls[0]?.method).toBe("POST");
    expect(calls[0]?.headers.get("authorization")).toBe("Bearer tok-123");
    expect(bodyOf(calls[0])).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "+5511987654321",
      context: { message_id: "wamid.Q" },
      type: "text",
      text: { body: "Olá!", preview_url: true },
    });
  });

  it("sends a template with header and body parameters", async () => {
    const { client, calls } = fakeGraph(() => sent("wamid.T"));
    await client.sendTemplate("106540", {
      to: "5511987654321",
      name: "boas_vindas",
      languageCode: "pt_BR",
      headerParameters: [{ type: "image", media: { id: "m1" } }],
      bodyParameters: ["Ana", { name: "empreendimento", text: "Jardins" }],
    });
    expect(bodyOf(calls[0]).template).toEqual({
      name: "boas_vindas",
      language: { code: "pt_BR" },
      components: [
        { type: "header", parameters: [{ type: "image", image: { id: "m1" } }] },
        {
          type: "body",
          parameters: [
            { type: "text", text: "Ana" },
            { type: "text", parameter_name: "empreendimento", text: "Jardins" },
          ],
        },
      ],
    });
  });

  it("sends media by id or link, with caption and filename only where Meta takes them", async () => {
    const { client, calls } = fakeGraph(() => sent("wamid.M"));
    await client.sendMedia("1", { to: "55", kind: "document", media: { link: "https://x/tabela.pdf" }, caption: "Tabela", filename: "tabela.pdf" });
    await client.sendMedia("1", { to: "55", kind: "audio", media: { id: "a1" }, caption: "ignored", filename: "ignored" });
    await client.sendMedia("1", { to: "55", kind: "image", media: { id: "i1" }, caption: "Fachada", filename: "ignored" });
    expect(bodyOf(calls[0]).document).toEqual({ link: "https://x/tabela.pdf", caption: "Tabela", filename: "tabela.pdf" });
    expect(bodyOf(calls[1]).audio).toEqual({ id: "a1" });
    expect(bodyOf(calls[2]).image).toEqual({ id: "i1", caption: "Fachada" });
  });

  it("sends reactions and marks messages as read", async () => {
    const { client, calls } = fakeGraph((call) => (bodyOf(call).status === "read" ? json({ success: true }) : sent("wamid.R")));
    await client.sendReaction("1", { to: "55", messageId: "wamid.L", emoji: "👍" });
    expect(await client.markAsRead("1", "wamid.L")).toEqual({ success: true });
    expect(bodyOf(calls[0]).reaction).toEqual({ message_id: "wamid.L", emoji: "👍" });
    expect(bodyOf(calls[1])).toEqual({ messaging_product: "whatsapp", status: "read", message_id: "wamid.L" });
  });
});

describe("graph client: errors", () => {
  it("turns Graph's error body into a MetaApiError", async () => {
    const { client } = fakeGraph(() =>
      json({ error: { message: "(#131047) Re-engagement message", code: 131047, error_data: { details: "24h" }, fbtrace_id: "Ftr" } }, 400),
    );
    const error = await client.sendText("1", { to: "55", body: "x" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MetaApiError);
    expect(error).toMatchObject({ code: 131047, details: "24h", fbtraceId: "Ftr", httpStatus: 400, retriable: false });
  });

  it("marks 130429 and 5xx retriable", async () => {
    const rate = fakeGraph(() => json({ error: { message: "rate", code: 130429 } }, 400));
    await expect(rate.client.sendText("1", { to: "55", body: "x" })).rejects.toMatchObject({ code: 130429, retriable: true });
    const down = fakeGraph(() => new Response("upstream down", { status: 503 }));
    await expect(down.client.sendText("1", { to: "55", body: "x" })).rejects.toMatchObject({ httpStatus: 503, retriable: true });
  });

  it("turns a refused connection into a retriable MetaNetworkError", async () => {
    const { client } = fakeGraph(() => Promise.reject(new TypeError("fetch failed")));
    const error = await client.getPhoneNumberInfo("1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MetaNetworkError);
    expect(error).toMatchObject({ retriable: true, timedOut: false });
  });

  it("times out a request that never answers", async () => {
    const fetch = (_input: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const client = createGraphClient({ accessToken: "t", baseUrl: "https://graph.test", fetch, timeoutMs: 20 });
    await expect(client.getPhoneNumberInfo("1")).rejects.toMatchObject({ name: "MetaNetworkError", timedOut: true });
  });

  it("refuses a 200 answer of the wrong shape", async () => {
    const { client } = fakeGraph(() => json({ ok: true }));
    await expect(client.sendText("1", { to: "55", body: "x" })).rejects.toMatchObject({ name: "MetaApiError", code: 0, retriable: false });
  });
});

describe("graph client: media, templates, phone", () => {
  const bytes = new TextEncoder().encode("%PDF-1.4 fake");
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  it("uploads multipart with messaging_product, type and file", async () => {
    const { client, calls } = fakeGraph(() => json({ id: "9001" }));
    const result = await client.uploadMedia({ phoneNumberId: "106540", bytes, mimeType: "application/pdf", filename: "tabela.pdf" });
    expect(result.id).toBe("9001");
    expect(calls[0]?.url.pathname).toBe("/v24.0/106540/media");
    const form = calls[0]?.body;
    expect(form).toBeInstanceOf(FormData);
    if (!(form instanceof FormData)) return;
    expect(form.get("messaging_product")).toBe("whatsapp");
    expect(form.get("type")).toBe("application/pdf");
    const file = form.get("file");
    expect(file).toBeInstanceOf(File);
    expect(file instanceof File && file.name).toBe("tabela.pdf");
    expect(file instanceof File && new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it("downloads in two steps with the same Bearer and checks sha256", async () => {
    const { client, calls } = fakeGraph((call) =>
      call.url.pathname === "/v24.0/9001"
        ? json({ id: "9001", url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=9001", mime_type: "application/pdf", sha256, file_size: bytes.length, messaging_product: "whatsapp" })
        : new Response(bytes, { headers: { "content-type": "application/pdf" } }),
    );
    const media = await client.downloadMedia("9001");
    expect(media.bytes).toEqual(bytes);
    expect(media.mimeType).toBe("application/pdf");
    expect(calls[1]?.url.href).toBe("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=9001");
    expect(calls[1]?.headers.get("authorization")).toBe("Bearer tok-123");
  });

  it("refuses a download whose sha256 does not match", async () => {
    const { client } = fakeGraph((call) =>
      call.url.pathname === "/v24.0/9001"
        ? json({ id: "9001", url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=9001", mime_type: "image/png", sha256: "0".repeat(64), file_size: 3 })
        : new Response(bytes),
    );
    await expect(client.downloadMedia("9001")).rejects.toBeInstanceOf(MetaNetworkError);
  });

  it.each(["../../me", "123/../../x", "1?x=", "9001#frag", ""])("never turns the media id %j into a Graph path", async (mediaId) => {
    const { client, calls } = fakeGraph(() => json({}));
    const refused = client.downloadMedia(mediaId);
    await expect(refused).rejects.toBeInstanceOf(MetaApiError);
    await expect(refused).rejects.toMatchObject({ retriable: false });
    await expect(client.getMediaInfo(mediaId)).rejects.toBeInstanceOf(MetaApiError);
    expect(calls).toHaveLength(0);
  });

  it.each([
    "https://evil.example/file?mid=9001",
    "http://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=9001",
    "https://lookaside.fbsbx.com@evil.example/whatsapp_business/attachments/?mid=9001",
    "https://lookaside.fbsbx.com.evil.example/whatsapp_business/attachments/?mid=9001",
  ])("does not send the token to the media URL %s", async (url) => {
    const { client, calls } = fakeGraph((call) =>
      call.url.pathname === "/v24.0/9001" ? json({ id: "9001", url, mime_type: "application/pdf", sha256, file_size: bytes.length }) : new Response(bytes),
    );
    await expect(client.downloadMedia("9001")).rejects.toMatchObject({ name: "MetaApiError", retriable: false });
    expect(calls.map((call) => call.url.pathname)).toEqual(["/v24.0/9001"]);
  });

  it("downloads from the Graph base URL's own origin (the sandbox)", async () => {
    const { client, calls } = fakeGraph((call) =>
      call.url.pathname === "/v24.0/9001"
        ? json({ id: "9001", url: "https://graph.test/whatsapp_business/attachments/?mid=9001", mime_type: "application/pdf", sha256, file_size: bytes.length })
        : new Response(bytes),
    );
    expect((await client.downloadMedia("9001")).bytes).toEqual(bytes);
    expect(calls[1]?.headers.get("authorization")).toBe("Bearer tok-123");
  });

  it("creates, lists, gets and deletes templates", async () => {
    const template = { id: "77", name: "boas_vindas", status: "APPROVED", category: "MARKETING", language: "pt_BR", components: [{ type: "BODY", text: "Olá {{1}}" }] };
    const { client, calls } = fakeGraph((call) => {
      if (call.method === "POST") return json({ id: "77", status: "PENDING", category: "MARKETING" });
      if (call.method === "DELETE") return json({ success: true });
      return call.url.pathname.endsWith("message_templates") ? json({ data: [template], paging: { cursors: { before: "a", after: "b" } } }) : json(template);
    });
    const created = await client.createTemplate({
      wabaId: "waba1",
      name: "boas_vindas",
      language: "pt_BR",
      category: "MARKETING",
      components: [{ type: "BODY", text: "Olá {{1}}", example: { body_text: [["Ana"]] } }],
    });
    expect(created).toEqual({ id: "77", status: "PENDING", category: "MARKETING" });
    expect(bodyOf(calls[0])).toMatchObject({ name: "boas_vindas", language: "pt_BR", category: "MARKETING" });
    expect((await client.listTemplates({ wabaId: "waba1", name: "boas_vindas" })).data[0]?.status).toBe("APPROVED");
    expect(calls[1]?.url.searchParams.get("name")).toBe("boas_vindas");
    expect((await client.getTemplate("77")).components[0]?.text).toBe("Olá {{1}}");
    expect(await client.deleteTemplate({ wabaId: "waba1", name: "boas_vindas" })).toEqual({ success: true });
    expect(calls[3]?.url.pathname).toBe("/v24.0/waba1/message_templates");
    expect(calls[3]?.url.searchParams.get("name")).toBe("boas_vindas");
  });

  it("edits a template in place with POST /{template-id} and reads Meta's {success: true}", async () => {
    const { client, calls } = fakeGraph(() => json({ success: true }));
    const components = [{ type: "BODY", text: "Oi {{1}}, tudo bem?", example: { body_text: [["Ana"]] } }];
    expect(await client.editTemplate({ templateId: "77", category: "UTILITY", components })).toEqual({ success: true });
    expect(calls[0]?.method).toBe("POST");
    expect(calls[0]?.url.href).toBe("https://graph.test/v24.0/77");
    expect(calls[0]?.headers.get("authorization")).toBe("Bearer tok-123");
    expect(bodyOf(calls[0])).toEqual({ category: "UTILITY", components });
    await client.editTemplate({ templateId: "77", components });
    expect(bodyOf(calls[1])).toEqual({ components });
  });

  it("turns a refused edit, or an answer that is not a success, into MetaApiError", async () => {
    const refused = fakeGraph(() =>
      json({ error: { message: "(#100) Invalid parameter", type: "OAuthException", code: 100, error_subcode: 33, error_data: { details: "Object with ID '404' does not exist" } } }, 400),
    );
    await expect(refused.client.editTemplate({ templateId: "404", components: [{ type: "BODY", text: "Oi" }] })).rejects.toMatchObject({
      name: "MetaApiError",
      code: 100,
      subcode: 33,
      retriable: false,
    });
    const unsuccessful = fakeGraph(() => json({ success: false }));
    await expect(unsuccessful.client.editTemplate({ templateId: "77", components: [{ type: "BODY", text: "Oi" }] })).rejects.toBeInstanceOf(MetaApiError);
  });

  it("deletes one language of a template by name and hsm_id", async () => {
    const { client, calls } = fakeGraph(() => json({ success: true }));
    await client.deleteTemplate({ wabaId: "waba1", name: "boas_vindas", templateId: "77" });
    expect(calls[0]?.method).toBe("DELETE");
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({ name: "boas_vindas", hsm_id: "77" });
  });

  it("reads phone number health fields", async () => {
    const { client, calls } = fakeGraph(() =>
      json({ id: "106540", display_phone_number: "+55 11 4000-2892", verified_name: "Imobiliária", quality_rating: "GREEN", messaging_limit_tier: "TIER_1K", status: "CONNECTED" }),
    );
    expect(await client.getPhoneNumberInfo("106540")).toMatchObject({ quality_rating: "GREEN", status: "CONNECTED" });
    expect(calls[0]?.url.searchParams.get("fields")).toBe("display_phone_number,verified_name,quality_rating,messaging_limit_tier,status");
  });
});

describe("graphConfigFromEnv", () => {
  it("defaults to graph.facebook.com v24.0", () => {
    expect(graphConfigFromEnv({})).toEqual({ baseUrl: "https://graph.facebook.com", apiVersion: "v24.0" });
  });

  it("reads the sandbox URL and version, and refuses nonsense", () => {
    expect(graphConfigFromEnv({ GRAPH_API_BASE_URL: "http://127.0.0.1:8290/", GRAPH_API_VERSION: "v25.0" })).toEqual({
      baseUrl: "http://127.0.0.1:8290",
      apiVersion: "v25.0",
    });
    expect(() => graphConfigFromEnv({ GRAPH_API_BASE_URL: "graph.facebook.com" })).toThrow(/GRAPH_API_BASE_URL/);
    expect(() => graphConfigFromEnv({ GRAPH_API_VERSION: "24" })).toThrow(/GRAPH_API_VERSION/);
  });
});
