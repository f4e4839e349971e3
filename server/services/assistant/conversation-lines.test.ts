import { describe, expect, it } from "vitest";
import { conversationLines, type LineMessage } from "./conversation-lines";

const message = (patch: Partial<LineMessage>): LineMessage => ({
  direction: "INBOUND",
  type: "TEXT",
  status: "RECEIVED",
  body: null,
  transcript: null,
  mediaFileName: null,
  ...patch,
});

describe("the conversation as prompt lines", () => {
  it("writes Lead:/Corretor: lines, voice notes by their transcript and media by name", () => {
    expect(
      conversationLines([
        message({ body: "Oi, qual o valor\ndo 2 quartos?" }),
        message({ direction: "OUTBOUND", status: "READ", body: "Olá! Vou te enviar a tabela." }),
        message({ type: "AUDIO", transcript: "Queria visitar o decorado no sábado" }),
        message({ type: "AUDIO" }),
        message({ type: "DOCUMENT", direction: "OUTBOUND", status: "DELIVERED", mediaFileName: "tabela.pdf", body: "Segue" }),
        message({ type: "IMAGE" }),
      ]),
    ).toEqual([
      "Lead: Oi, qual o valor do 2 quartos?",
      "Corretor: Olá! Vou te enviar a tabela.",
      "Lead: (áudio) Queria visitar o decorado no sábado",
      "Lead: [áudio]",
      "Corretor: [documento: tabela.pdf] Segue",
      "Lead: [imagem]",
    ]);
  });

  it("leaves out reactions, failed sends and messages with nothing to read", () => {
    expect(
      conversationLines([
        message({ type: "REACTION", body: "👍" }),
        message({ direction: "OUTBOUND", status: "FAILED", body: "não saiu" }),
        message({ body: "   " }),
        message({ type: "INTERACTIVE", body: null }),
      ]),
    ).toEqual([]);
  });
});
