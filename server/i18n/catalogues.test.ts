import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { NAMESPACES } from "./namespaces";

const dir = path.join(import.meta.dirname, "messages");

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

const catalogue = (locale: string, namespace: string) => JSON.parse(readFileSync(path.join(dir, locale, `${namespace}.json`), "utf8"));

describe("message catalogues", () => {
  it("every namespace file is registered, in every locale", () => {
    for (const locale of LOCALES) {
      expect(readdirSync(path.join(dir, locale)).map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)("%s: pt-BR and English hold the same keys", (namespace) => {
    expect(keys(catalogue("en", namespace)).sort()).toEqual(keys(catalogue("pt-BR", namespace)).sort());
  });
});
