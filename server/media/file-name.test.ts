import { describe, expect, it } from "vitest";
import { safeFileName } from "./file-name";

describe("safeFileName", () => {
  it("keeps the name the person gave, accents and all", () => {
    expect(safeFileName("tabela-de-preços.pdf")).toBe("tabela-de-preços.pdf");
    expect(safeFileName("Planta 2 dormitórios — versão final.png")).toBe("Planta 2 dormitórios — versão final.png");
  });

  it("drops paths, control characters and quotes", () => {
    expect(safeFileName("../../etc/Planta 2º andar.PDF")).toBe("Planta 2º andar.PDF");
    expect(safeFileName("C:\\Users\\ana\\Área de lazer.jpg")).toBe("Área de lazer.jpg");
    expect(safeFileName('pro"posta\u0000\n.pdf')).toBe("proposta.pdf");
    expect(safeFileName(" / ")).toBe("arquivo");
  });
});
