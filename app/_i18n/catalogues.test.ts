import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import ptBR from "./messages/pt-BR.json";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("pt-BR and English hold the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(ptBR).sort());
  });
});
