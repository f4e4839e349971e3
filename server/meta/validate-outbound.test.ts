import { describe, expect, it } from "vitest";
import { templateVariables, validateMedia, validateTemplateParameters, validateText } from "./validate-outbound";

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
    if (!result.ok) expect(result.message).toMatch(/limite do WhatsApp/);
  });

  it("says the size in pt-BR", () => {
    const result = validateMedia({ kind: "image", mimeType: "image/png", size: 6.2 * MB });
    expect(result).toMatchObject({ message: "A imagem tem 6,2 MB; o limite do WhatsApp é 5 MB." });
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
    expect(validateText("a".repeat(4097))).toMatchObject({
      ok: false,
      code: "TEXT_TOO_LONG",
      message: "A mensagem tem 4097 caracteres; o WhatsApp aceita até 4096.",
    });
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

  it("refuses too few or too many, in pt-BR", () => {
    expect(validateTemplateParameters({ templateBody: body, parameters: ["Ana"] })).toEqual({
      ok: false,
      code: "TEMPLATE_PARAMETERS",
      message: "Este template tem 3 variáveis, mas foi preenchida 1.",
    });
    expect(validateTemplateParameters({ templateBody: "Oi {{1}}", parameters: ["a", "b"] })).toMatchObject({
      ok: false,
      message: "Este template tem 1 variável, mas foram preenchidas 2.",
    });
  });
});
