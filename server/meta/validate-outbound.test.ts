import { describe, expect, it } from "vitest";
import { translator } from "@/test/translator";
import { templateVariables, validateMedia, validateTemplateParameters, validateText, type OutboundValidation } from "./validate-outbound";

const pt = translator("pt-BR");
const en = translator("en");
// The sentence each locale's screen writes for a refusal.
const said = (result: OutboundValidation) => (result.ok ? [] : [pt(`errors.${result.key}`, result.params), en(`errors.${result.key}`, result.params)]);

const MB = 1024 * 1024;

describe("validateMedia", () => {
  it.each([
    ["image", "image/jpeg", 5 * MB],
    ["image", "image/png", 1000],
    ["image", "image/jpg", 1000],
    ["video", "video/mp4", 16 * MB],
    ["video", "video/3gpp", 1000],
    ["audio", "audio/ogg; codecs=opus", 1000],
    ["audio", "audio/mpeg", 16 * MB],
    ["audio", "audio/aac", 1000],
    ["audio", "audio/amr", 1000],
    ["audio", "audio/mp4", 1000],
    ["document", "application/pdf", 100 * MB],
    ["sticker", "image/webp", 100 * 1024],
  ] as const)("accepts %s %s of %i bytes", (kind, mimeType, size) => {
    expect(validateMedia({ kind, mimeType, size })).toEqual({ ok: true });
  });

  it.each([
    ["image", "image/jpeg", 5 * MB + 1],
    ["video", "video/mp4", 16 * MB + 1],
    ["audio", "audio/ogg", 16 * MB + 1],
    ["document", "application/pdf", 100 * MB + 1],
    ["sticker", "image/webp", 100 * 1024 + 1],
  ] as const)("refuses %s %s over the limit", (kind, mimeType, size) => {
    const result = validateMedia({ kind, mimeType, size });
    expect(result).toMatchObject({ ok: false, code: "MEDIA_SIZE" });
    if (!result.ok) expect(pt(`errors.${result.key}`, result.params)).toMatch(/limite do WhatsApp/);
  });

  it("says the size in pt-BR and English", () => {
    const result = validateMedia({ kind: "image", mimeType: "image/png", size: 6.2 * MB });
    expect(result).toMatchObject({ key: "outbound.mediaSize", params: { kind: "image", sizeMb: 6.2, maxMb: 5 } });
    expect(said(result)).toEqual(["A imagem tem 6,2 MB; o limite do WhatsApp é 5 MB.", "The image is 6.2 MB; WhatsApp's limit is 5 MB."]);
  });

  it.each([
    ["image", "image/gif"],
    ["image", "image/webp"],
    ["video", "video/quicktime"],
    ["audio", "audio/wav"],
    ["document", "application/zip"],
    ["sticker", "image/png"],
  ] as const)("refuses %s as %s", (kind, mimeType) => {
    expect(validateMedia({ kind, mimeType, size: 10 })).toMatchObject({ ok: false, code: "MEDIA_TYPE" });
  });

  it("refuses empty files", () => {
    expect(validateMedia({ kind: "document", mimeType: "application/pdf", size: 0 })).toMatchObject({ code: "MEDIA_EMPTY" });
  });
});

describe("validateText", () => {
  it("accepts up to 4096 characters, counting an emoji as one", () => {
    expect(validateText("a".repeat(4096))).toEqual({ ok: true });
    expect(validateText("😀".repeat(4096))).toEqual({ ok: true });
  });

  it("refuses 4097 characters and blank text", () => {
    const tooLong = validateText("a".repeat(4097));
    expect(tooLong).toMatchObject({ ok: false, code: "TEXT_TOO_LONG", key: "outbound.textTooLong", params: { length: 4097, max: 4096 } });
    expect(said(tooLong)).toEqual(["A mensagem tem 4097 caracteres; o WhatsApp aceita até 4096.", "The message has 4097 characters; WhatsApp accepts up to 4096."]);
    expect(validateText("  \n ")).toMatchObject({ ok: false, code: "TEXT_EMPTY" });
  });
});

describe("template parameters", () => {
  const body = "Olá {{1}}, sou {{2}} e tenho novidades do {{3}}. Até logo, {{1}}!";

  it("counts distinct variables, positional or named", () => {
    expect(templateVariables(body)).toEqual(["1", "2", "3"]);
    expect(templateVariables("Oi {{nome_cliente}}, aqui é {{ nome_corretor }}")).toEqual(["nome_cliente", "nome_corretor"]);
    expect(templateVariables("Sem variáveis")).toEqual([]);
  });

  it("accepts exactly as many parameters as variables", () => {
    expect(validateTemplateParameters({ templateBody: body, parameters: ["Ana", "Bruno", "Jardins"] })).toEqual({ ok: true });
    expect(validateTemplateParameters({ templateBody: "Sem variáveis", parameters: [] })).toEqual({ ok: true });
  });

  it("refuses too few or too many, in pt-BR and English", () => {
    const few = validateTemplateParameters({ templateBody: body, parameters: ["Ana"] });
    expect(few).toEqual({ ok: false, code: "TEMPLATE_PARAMETERS", key: "outbound.templateParameters", params: { expected: 3, given: 1 } });
    expect(said(few)).toEqual(["Este template tem 3 variáveis, mas foi preenchida 1.", "This template has 3 variables, but 1 was filled in."]);
    const many = validateTemplateParameters({ templateBody: "Oi {{1}}", parameters: ["a", "b"] });
    expect(many).toMatchObject({ ok: false });
    expect(said(many)).toEqual(["Este template tem 1 variável, mas foram preenchidas 2.", "This template has 1 variable, but 2 were filled in."]);
  });
});
