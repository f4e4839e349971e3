import { describe, expect, it } from "vitest";
import { translator } from "@/test/translator";
import { lastMessageLineText } from "./last-message-line";

const line = (lastMessageType: string | null, lastMessagePreview: string | null) => ({ lastMessageType, lastMessagePreview });

describe("lastMessageLineText", () => {
  it("names a message's kind in the reader's language and keeps its own words", () => {
    const pt = translator("pt-BR");
    const en = translator("en");
    expect(lastMessageLineText(pt, line("IMAGE", null))).toBe("📷 Foto");
    expect(lastMessageLineText(en, line("IMAGE", null))).toBe("📷 Photo");
    expect(lastMessageLineText(en, line("IMAGE", "Fachada"))).toBe("📷 Fachada");
    expect(lastMessageLineText(en, line("DOCUMENT", "planta.pdf"))).toBe("📄 planta.pdf");
    expect(lastMessageLineText(en, line("REACTION", "👍"))).toBe("Reacted with 👍");
    expect(lastMessageLineText(pt, line("REACTION", null))).toBe("Reação removida");
    expect(lastMessageLineText(pt, line("UNSUPPORTED", null))).toBe("Mensagem não suportada");
  });

  it("shows plain text as it is, and nothing for a conversation without messages", () => {
    const pt = translator("pt-BR");
    expect(lastMessageLineText(pt, line("TEXT", "Ainda tem unidade?"))).toBe("Ainda tem unidade?");
    expect(lastMessageLineText(pt, line("TEMPLATE", "Olá Maria"))).toBe("Olá Maria");
    expect(lastMessageLineText(pt, line(null, null))).toBeNull();
    // Rows written before the type was kept still show their words.
    expect(lastMessageLineText(pt, line(null, "oi"))).toBe("oi");
  });
});
