import { describe, expect, it } from "vitest";
import {
  normaliseButtonPhone,
  parseStoredButtons,
  storedComponents,
  toEditorComponents,
  toStoredComponents,
  urlExample,
  validateComponents,
  type EditorButton,
  type EditorComponents,
} from "./template-components";

const none: EditorComponents = { header: { format: "NONE" }, footer: "", buttons: [] };
const codes = (components: Partial<EditorComponents>, media?: { mimeType: string; sizeBytes: number } | null) =>
  validateComponents({ ...none, ...components }, media).map((issue) => issue.code);
const quick = (text: string, optOut = false): EditorButton => ({ type: "QUICK_REPLY", text, optOut });
const MB = 1024 * 1024;

describe("header", () => {
  it("accepts no header, a text header with one variable, and a media header with a fitting file", () => {
    expect(codes({})).toEqual([]);
    expect(codes({ header: { format: "TEXT", text: "Lançamento {{nome_empreendimento}}" } })).toEqual([]);
    expect(codes({ header: { format: "IMAGE", mediaAssetId: "a1" } }, { mimeType: "image/jpeg", sizeBytes: 5 * MB })).toEqual([]);
    expect(codes({ header: { format: "VIDEO", mediaAssetId: "a1" } }, { mimeType: "video/mp4", sizeBytes: 16 * MB })).toEqual([]);
    expect(codes({ header: { format: "DOCUMENT", mediaAssetId: "a1" } }, { mimeType: "application/pdf", sizeBytes: 100 * MB })).toEqual([]);
  });

  it("refuses an empty or long text header, a second variable and an unknown one", () => {
    expect(codes({ header: { format: "TEXT", text: "  " } })).toEqual(["headerTextRequired"]);
    expect(codes({ header: { format: "TEXT", text: "a".repeat(61) } })).toEqual(["headerTextTooLong"]);
    // 60 code points, emoji included, is at the limit.
    expect(codes({ header: { format: "TEXT", text: "🏠".repeat(60) } })).toEqual([]);
    expect(codes({ header: { format: "TEXT", text: "{{nome_cliente}} e {{nome_atendente}}" } })).toEqual(["headerTooManyVariables"]);
    expect(codes({ header: { format: "TEXT", text: "Oi {{cliente}}" } })).toEqual(["headerUnknownVariable"]);
  });

  it("refuses a media header without a file, of another format, or over Meta's size", () => {
    expect(codes({ header: { format: "IMAGE", mediaAssetId: null } })).toEqual(["headerMediaRequired"]);
    expect(codes({ header: { format: "IMAGE", mediaAssetId: "gone" } }, null)).toEqual(["headerMediaRequired"]);
    expect(codes({ header: { format: "IMAGE", mediaAssetId: "a1" } }, { mimeType: "image/webp", sizeBytes: 10 })).toEqual(["headerMediaFormat"]);
    expect(codes({ header: { format: "IMAGE", mediaAssetId: "a1" } }, { mimeType: "image/png", sizeBytes: 5 * MB + 1 })).toEqual(["headerMediaTooLarge"]);
    expect(codes({ header: { format: "VIDEO", mediaAssetId: "a1" } }, { mimeType: "video/mp4", sizeBytes: 16 * MB + 1 })).toEqual(["headerMediaTooLarge"]);
    expect(codes({ header: { format: "VIDEO", mediaAssetId: "a1" } }, { mimeType: "video/3gpp", sizeBytes: 10 })).toEqual(["headerMediaFormat"]);
    expect(codes({ header: { format: "DOCUMENT", mediaAssetId: "a1" } }, { mimeType: "application/msword", sizeBytes: 10 })).toEqual(["headerMediaFormat"]);
    expect(codes({ header: { format: "DOCUMENT", mediaAssetId: "a1" } }, { mimeType: "application/pdf", sizeBytes: 100 * MB + 1 })).toEqual(["headerMediaTooLarge"]);
  });
});

describe("footer", () => {
  it("takes up to 60 characters and no variable", () => {
    expect(codes({ footer: "f".repeat(60) })).toEqual([]);
    expect(codes({ footer: "f".repeat(61) })).toEqual(["footerTooLong"]);
    expect(codes({ footer: "Até {{nome_cliente}}" })).toEqual(["footerVariable"]);
  });
});

describe("buttons", () => {
  it("takes up to 3 quick replies, one of them opt-out", () => {
    expect(codes({ buttons: [quick("Quero agendar uma visita"), quick("Mais fotos"), quick("Parar promoções", true)] })).toEqual([]);
    expect(codes({ buttons: [quick("A"), quick("B"), quick("C"), quick("D")] })).toEqual(["tooManyQuickReplies"]);
    expect(codes({ buttons: [quick("A", true), quick("B", true)] })).toEqual(["tooManyOptOuts"]);
  });

  it("takes up to 2 call-to-action buttons, one phone number at most, never mixed with quick replies", () => {
    const url: EditorButton = { type: "URL", text: "Ver o decorado", url: "https://imob.com.br/imoveis/{{nome_empreendimento}}" };
    const phone: EditorButton = { type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "+55 (11) 98765-4321" };
    expect(codes({ buttons: [url, phone] })).toEqual([]);
    expect(codes({ buttons: [url, { ...url, text: "Outro" }, { ...phone }] })).toEqual(["tooManyCallToActions"]);
    expect(codes({ buttons: [phone, { ...phone, text: "Ligar 2" }] })).toEqual(["tooManyPhoneButtons"]);
    expect(codes({ buttons: [url, quick("Sim")] })).toEqual(["buttonsMixed"]);
  });

  it("checks each button's text (25 characters, unique), URL and phone", () => {
    expect(validateComponents({ ...none, buttons: [quick("x".repeat(26))] })).toEqual([
      { field: "buttons", index: 0, code: "buttonTextTooLong", params: { position: 1, length: 26, max: 25 } },
    ]);
    expect(codes({ buttons: [quick("x".repeat(25))] })).toEqual([]);
    expect(codes({ buttons: [quick(" ")] })).toEqual(["buttonTextRequired"]);
    expect(codes({ buttons: [quick("Sim"), quick("sim")] })).toEqual(["buttonTextDuplicate"]);
    const url = (u: string): EditorButton => ({ type: "URL", text: "Site", url: u });
    expect(codes({ buttons: [url("imob.com.br")] })).toEqual(["buttonUrlInvalid"]);
    expect(codes({ buttons: [url("https://imob.com.br/{{nome_empreendimento}}/fotos")] })).toEqual(["buttonUrlVariable"]);
    expect(codes({ buttons: [url("https://imob.com.br/{{nome_cliente}}{{nome_atendente}}")] })).toEqual(["buttonUrlVariable"]);
    expect(codes({ buttons: [url("https://imob.com.br/{{x}}")] })).toEqual(["buttonUrlVariable"]);
    expect(codes({ buttons: [url("https://imob.com.br/contato")] })).toEqual([]);
    expect(codes({ buttons: [{ type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "ramal 12" }] })).toEqual(["buttonPhoneInvalid"]);
  });
});

describe("stored form", () => {
  const editor: EditorComponents = {
    header: { format: "TEXT", text: "Novidades do {{nome_empreendimento}}" },
    footer: " Imobiliária Sol ",
    buttons: [
      { type: "URL", text: "Ver fotos", url: "https://imob.com.br/e/{{nome_empreendimento}}" },
      { type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "(11) 98765-4321" },
    ],
  };

  it("numbers the header and the URL apart from the body, keeps examples and normalises the phone", () => {
    const stored = toStoredComponents(editor, { DEVELOPMENT_NAME: "Edifício Marina" });
    expect(stored).toEqual({
      headerFormat: "TEXT",
      headerText: "Novidades do {{1}}",
      headerVariables: [{ index: 1, variable: "DEVELOPMENT_NAME", example: "Edifício Marina" }],
      headerMediaAssetId: null,
      footer: "Imobiliária Sol",
      buttons: [
        { type: "URL", text: "Ver fotos", url: "https://imob.com.br/e/{{1}}", variable: { index: 1, variable: "DEVELOPMENT_NAME", example: "Edifício Marina" } },
        { type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "+11987654321" },
      ],
    });
    expect(urlExample(stored.buttons[0] as { url: string; variable: null })).toBe("https://imob.com.br/e/edificio-marina");
    expect(toEditorComponents(stored)).toEqual({ ...editor, footer: "Imobiliária Sol", buttons: [editor.buttons[0], { type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "+11987654321" }] });
  });

  it("reads a body-only row as no components, and skips malformed buttons", () => {
    expect(storedComponents({})).toEqual({ headerFormat: "NONE", headerText: null, headerVariables: [], headerMediaAssetId: null, footer: null, buttons: [] });
    expect(parseStoredButtons([{ type: "QUICK_REPLY", text: "Sim", optOut: "yes" }, { type: "URL" }, 3])).toEqual([{ type: "QUICK_REPLY", text: "Sim", optOut: false }]);
    expect(normaliseButtonPhone("+55 11 98765-4321")).toBe("+5511987654321");
  });
});
