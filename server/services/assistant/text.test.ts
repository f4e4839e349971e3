import { describe, expect, it } from "vitest";
import { fold, stem, withinOneTypo, words } from "./text";

describe("reading WhatsApp Portuguese", () => {
  it("folds accents and case and spells out abbreviations", () => {
    expect(fold("Qual o PREÇO? 62m²")).toBe("qual o preco 62m2");
    expect(words("vc tem apto de 3 qtos? qto custa?")).toEqual(["voce", "tem", "apartamento", "de", "3", "quartos", "quanto", "custa"]);
    expect(words("o de 2q")).toEqual(["o", "de", "2", "quartos"]);
  });

  it("stems plurals and tolerates one typo", () => {
    expect(["informações", "quartos", "parcelas", "vagas"].map((w) => stem(fold(w)))).toEqual(["informacao", "quarto", "parcela", "vaga"]);
    expect(withinOneTypo("financiamnto", "financiamento")).toBe(true);
    expect(withinOneTypo("enderco", "endereco")).toBe(true);
    expect(withinOneTypo("fianciamnto", "financiamento")).toBe(false);
  });
});
