import { describe, expect, it } from "vitest";
import { createGraphClient } from "./graph-client";
import { templatePayload } from "./graph-message-payloads";

// The `template` object POST /{phone-number-id}/messages receives, pinned for each combination of
// components against Meta's documented shapes (Cloud API › Send template messages): header
// parameters by media id or text, body text parameters, one `button` component per button with
// `sub_type`, a string `index` and its parameter.
const template = (input: Parameters<typeof templatePayload>[0]) => templatePayload(input).template;

describe("template message payloads", () => {
  it("image header by media id + body + quick replies with payloads", () => {
    expect(
      template({
        to: "+5511987654321",
        name: "lancamento_foto",
        languageCode: "pt_BR",
        headerParameters: [{ type: "image", media: { id: "1234567890" } }],
        bodyParameters: ["Maria", "Residencial Jardins"],
        buttonParameters: [
          { subType: "quick_reply", index: 1, payload: "OPT_OUT" },
          { subType: "quick_reply", index: 0, payload: "QUICK_REPLY_0" },
        ],
      }),
    ).toEqual({
      name: "lancamento_foto",
      language: { code: "pt_BR" },
      components: [
        { type: "header", parameters: [{ type: "image", image: { id: "1234567890" } }] },
        { type: "body", parameters: [{ type: "text", text: "Maria" }, { type: "text", text: "Residencial Jardins" }] },
        { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "QUICK_REPLY_0" }] },
        { type: "button", sub_type: "quick_reply", index: "1", parameters: [{ type: "payload", payload: "OPT_OUT" }] },
      ],
    });
  });

  it("document header with its filename + URL button with a variable suffix", () => {
    expect(
      template({
        to: "5511987654321",
        name: "tabela_precos",
        languageCode: "pt_BR",
        headerParameters: [{ type: "document", media: { id: "998877" }, filename: "tabela-de-preços.pdf" }],
        bodyParameters: ["Maria"],
        buttonParameters: [{ subType: "url", index: 0, text: "residencial-jardins" }],
      }),
    ).toEqual({
      name: "tabela_precos",
      language: { code: "pt_BR" },
      components: [
        { type: "header", parameters: [{ type: "document", document: { id: "998877", filename: "tabela-de-preços.pdf" } }] },
        { type: "body", parameters: [{ type: "text", text: "Maria" }] },
        { type: "button", sub_type: "url", index: "0", parameters: [{ type: "text", text: "residencial-jardins" }] },
      ],
    });
  });

  it("text header with a variable + body, and a URL button at the second position", () => {
    expect(
      template({
        to: "5511987654321",
        name: "novidades",
        languageCode: "en_US",
        headerParameters: [{ type: "text", text: "Residencial Jardins" }],
        bodyParameters: ["Ana"],
        buttonParameters: [{ subType: "url", index: 1, text: "jardins" }],
      }),
    ).toEqual({
      name: "novidades",
      language: { code: "en_US" },
      components: [
        { type: "header", parameters: [{ type: "text", text: "Residencial Jardins" }] },
        { type: "body", parameters: [{ type: "text", text: "Ana" }] },
        { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "jardins" }] },
      ],
    });
  });

  it("video header only; a static header, footer, phone button or fixed URL take no component", () => {
    expect(template({ to: "55", name: "tour", languageCode: "pt_BR", headerParameters: [{ type: "video", media: { id: "55667788" } }] })).toEqual({
      name: "tour",
      language: { code: "pt_BR" },
      components: [{ type: "header", parameters: [{ type: "video", video: { id: "55667788" } }] }],
    });
    expect(template({ to: "55", name: "so_texto", languageCode: "pt_BR" })).toEqual({ name: "so_texto", language: { code: "pt_BR" } });
  });
});

describe("resumable upload (template header samples)", () => {
  it("opens a session on the app with name, length and type, then posts the bytes with OAuth and file_offset 0", async () => {
    const calls: { url: URL; headers: Headers; body: unknown }[] = [];
    const fetch = async (input: string, init?: RequestInit) => {
      calls.push({ url: new URL(input), headers: new Headers(init?.headers), body: init?.body });
      const answer = calls.length === 1 ? { id: "upload:MTphdHRhY2htZW50?sig=ARZ" } : { h: "4::aW1hZ2UvanBlZw==:ARb" };
      return new Response(JSON.stringify(answer), { status: 200 });
    };
    const client = createGraphClient({ accessToken: "tok-123", baseUrl: "https://graph.test", apiVersion: "v24.0", fetch });
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    await expect(client.uploadForHandle({ appId: "1122334455", bytes, mimeType: "image/jpeg", fileName: "fachada.jpg" })).resolves.toEqual({ handle: "4::aW1hZ2UvanBlZw==:ARb" });
    expect(calls[0]?.url.pathname).toBe("/v24.0/1122334455/uploads");
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({ file_name: "fachada.jpg", file_length: "5", file_type: "image/jpeg" });
    expect(calls[0]?.headers.get("authorization")).toBe("Bearer tok-123");
    expect(calls[1]?.url.href).toBe("https://graph.test/v24.0/upload:MTphdHRhY2htZW50?sig=ARZ");
    expect(calls[1]?.headers.get("authorization")).toBe("OAuth tok-123");
    expect(calls[1]?.headers.get("file_offset")).toBe("0");
    expect([...new Uint8Array(calls[1]?.body as Uint8Array)]).toEqual([1, 2, 3, 4, 5]);
  });

  it("turns Meta's error on either step into a MetaApiError", async () => {
    const fetch = async () => new Response(JSON.stringify({ error: { code: 100, message: "Invalid file_type" } }), { status: 400 });
    const client = createGraphClient({ accessToken: "t", baseUrl: "https://graph.test", fetch });
    await expect(client.uploadForHandle({ appId: "1", bytes: new Uint8Array([1]), mimeType: "image/gif", fileName: "a.gif" })).rejects.toMatchObject({ name: "MetaApiError", code: 100 });
  });
});
