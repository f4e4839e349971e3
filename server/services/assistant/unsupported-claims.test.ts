import { describe, expect, it } from "vitest";
import { findUnsupportedClaims, numberValue } from "./unsupported-claims";

const facts = [
  { text: "Residencial Jardins — endereço: Av. das Palmeiras, 1200 – Vila Mariana, São Paulo/SP" },
  { text: "Residencial Jardins — 2 quartos (62 m², 1 suíte, 1 vaga): a partir de R$ 489.000" },
  { text: "Residencial Jardins — entrega prevista: dezembro de 2027" },
  { text: "Residencial Jardins — pagamento: Entrada de 10% em até 6 vezes; aceita FGTS." },
];

describe("findUnsupportedClaims", () => {
  it("reads numbers as brokers write them", () => {
    expect(["R$ 489.000", "489 mil", "R$489.000,00", "62,5", "1,29 milhão", "10%"].map(numberValue)).toEqual([489000, 489000, 489000, 62.5, 1290000, 10]);
  });

  it("passes a draft that only repeats the facts, however they are written", () => {
    const draft = "Oi! O 2 quartos tem 62m² e sai a partir de 489 mil. Fica na Avenida das Palmeiras, 1200, e a entrega é em dezembro de 2027 (12/2027). Entrada de 10% em 6x.";
    expect(findUnsupportedClaims(draft, facts)).toEqual([]);
  });

  it("lists invented prices, areas, dates and addresses", () => {
    const draft = "O condomínio é R$ 650 e o 2 quartos tem 70 m². Entrega em março de 2027, decorado na Rua das Acácias, 90.";
    expect(findUnsupportedClaims(draft, facts)).toEqual([
      { kind: "date", text: "marco de 2027" },
      { kind: "address", text: "rua das acacias, 90" },
      { kind: "number", text: "r$ 650" },
      { kind: "number", text: "70" },
    ]);
  });

  it("flags a wrong street number on a known street, and lets the draft repeat the lead's own numbers", () => {
    expect(findUnsupportedClaims("Fica na Av. das Palmeiras, 1250.", facts)).toEqual([{ kind: "address", text: "av. das palmeiras, 1250" }]);
    expect(findUnsupportedClaims("Não temos de 4 quartos, o maior tem 2.", facts, "vcs tem de 4 quartos?")).toEqual([]);
  });
});
