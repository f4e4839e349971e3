import { describe, expect, it } from "vitest";
import { parseDrafts } from "./suggestion-drafts";

const known = new Set(["F1", "F2", "F3"]);

describe("parseDrafts", () => {
  it("reads numbered drafts and the facts each cites", () => {
    const raw = [
      "1) Olá! O 2 quartos (62 m²) sai a partir de R$ 489.000. Posso te enviar a tabela? [F1]",
      "2) O 2 quartos parte de R$ 489.000 e a entrega está prevista para dezembro de 2027. [F1] [F3]",
    ].join("\n");
    expect(parseDrafts(raw, known)).toEqual([
      { text: "Olá! O 2 quartos (62 m²) sai a partir de R$ 489.000. Posso te enviar a tabela?", refs: ["F1"] },
      { text: "O 2 quartos parte de R$ 489.000 e a entrega está prevista para dezembro de 2027.", refs: ["F1", "F3"] },
    ]);
  });

  it("accepts the ways models number and cite: '1.', '**2)**', '3 -', [F1, F2], (F2), citations mid-text", () => {
    const raw = ["1. Temos sim [F2]!", "**2)** Fica na Av. das Palmeiras [F1, F2].", "3 - Posso agendar? (F3)"].join("\n");
    expect(parseDrafts(raw, known)).toEqual([
      { text: "Temos sim!", refs: ["F2"] },
      { text: "Fica na Av. das Palmeiras.", refs: ["F1", "F2"] },
      { text: "Posso agendar?", refs: ["F3"] },
    ]);
  });

  it("drops a preamble, joins a draft wrapped over two lines and strips quotes and bold", () => {
    const raw = 'Aqui estão as sugestões:\n\n1) "Olá! O **2 quartos** sai a partir de\nR$ 489.000." [F1]\n2) Quer agendar uma visita?';
    expect(parseDrafts(raw, known)).toEqual([
      { text: "Olá! O 2 quartos sai a partir de R$ 489.000.", refs: ["F1"] },
      { text: "Quer agendar uma visita?", refs: [] },
    ]);
  });

  it("keeps only refs of facts that were sent, each once", () => {
    expect(parseDrafts("1) Texto [F1] [F9] [F1] [X2]", known)).toEqual([{ text: "Texto [X2]", refs: ["F1"] }]);
  });

  it("keeps at most three drafts and skips empty ones", () => {
    const raw = ["1) um [F1]", "2) [F2]", "3) dois", "4) três", "5) quatro"].join("\n");
    expect(parseDrafts(raw, known).map((draft) => draft.text)).toEqual(["um", "dois", "três"]);
  });

  it("an answer without numbering is one draft; an empty or blank answer is none", () => {
    expect(parseDrafts("Olá! Vou confirmar e já te retorno.\nObrigado!", known)).toEqual([{ text: "Olá! Vou confirmar e já te retorno. Obrigado!", refs: [] }]);
    expect(parseDrafts("", known)).toEqual([]);
    expect(parseDrafts("  \n\n ", known)).toEqual([]);
    expect(parseDrafts("1)\n2) \n", known)).toEqual([]);
  });

  it("while streaming, hides a citation cut in the middle of the last draft", () => {
    expect(parseDrafts("1) Sai a partir de R$ 489.000. [F", known, { final: false })).toEqual([{ text: "Sai a partir de R$ 489.000.", refs: [] }]);
    expect(parseDrafts("1) Sai a partir de R$ 489.000. [F1] [F", known, { final: false })).toEqual([{ text: "Sai a partir de R$ 489.000.", refs: ["F1"] }]);
    expect(parseDrafts("1) Um [F1]\n2) Dois [", known, { final: false })).toEqual([
      { text: "Um", refs: ["F1"] },
      { text: "Dois", refs: [] },
    ]);
  });

  it("does not take a line that merely starts with a number for a numbered draft", () => {
    expect(parseDrafts("2 quartos a partir de R$ 489.000 [F1]", known)).toEqual([{ text: "2 quartos a partir de R$ 489.000", refs: ["F1"] }]);
  });
});
