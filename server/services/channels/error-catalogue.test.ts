import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translateError } from "@/server/i18n/translate-error";

// Every AppError key these services throw has a pt-BR and an English text (else the browser would
// read the generic "algo deu errado").
const dirs = ["channels", "templates", "developments"].map((d) => path.join(import.meta.dirname, "..", d));
const keys = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .flatMap((f) => [...readFileSync(path.join(dir, f), "utf8").matchAll(/AppError\("[A-Z_]+", "([\w.]+)"/g)].map((m) => m[1] ?? "")),
);
const templateIssues = ["nameRequired", "nameFormat", "nameTooLong", "bodyRequired", "bodyTooLong", "bodyUnknownVariable", "bodyVariableAtEdge"].map((c) => `templates.${c}`);
const uploadChecks = ["mediaEmpty", "mediaTypeNotAccepted", "mediaTooLarge", "uploadInvalid"].map((c) => `developments.${c}`);

describe("error texts", () => {
  it.each([...new Set([...keys, ...templateIssues, ...uploadChecks])])("%s is written in both languages", (key) => {
    const generic = translateError("pt-BR", "common.internal");
    expect(translateError("pt-BR", key, { name: "x", suggestion: "x", max: 1, length: 1, token: "x", formats: "x", sizeMb: 1, maxMb: 1, reason: "x" })).not.toBe(generic);
    expect(translateError("en", key, { name: "x", suggestion: "x", max: 1, length: 1, token: "x", formats: "x", sizeMb: 1, maxMb: 1, reason: "x" })).not.toBe(translateError("en", "common.internal"));
  });

  it("found the keys", () => expect(keys.length).toBeGreaterThan(20));
});
