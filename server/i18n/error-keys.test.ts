import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";

const root = path.join(import.meta.dirname, "..", "..");
const catalogue = (locale: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "messages", locale, "errors.json"), "utf8")) as Record<string, unknown>;

function leaves(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

// Every literal error key the code throws or answers with: AppError(code, "key"), the routes'
// fail/translated(status, "key"), translateError(locale, "key") and validate-outbound's keys.
const sources = execFileSync("git", ["ls-files", "server", "app", "inngest", "proxy.ts"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && existsSync(path.join(root, f)));
const PATTERNS = [/AppError\("[A-Z_]+", "([^"]+)"/g, /\b(?:fail|translated)\(\d{3}, "([^"]+)"/g, /translateError\([^,]+, "([^"]+)"/g, /^\s+[A-Z_]+: "(outbound\.[^"]+)",$/gm];
const used = new Map<string, string>();
for (const file of sources) {
  const text = readFileSync(path.join(root, file), "utf8");
  for (const pattern of PATTERNS) for (const match of text.matchAll(pattern)) if (match[1]) used.set(match[1], file);
}

describe("error keys", () => {
  it("found the keys the code uses", () => expect(used.size).toBeGreaterThan(80));

  it.each(LOCALES)("%s: every key is errors.<domain>.<reason>", (locale) => {
    const wrong = leaves(catalogue(locale)).filter((key) => !/^[a-z][A-Za-z]*\.[a-z][A-Za-z0-9]*$/.test(key));
    expect(wrong).toEqual([]);
  });

  it.each(LOCALES)("%s: every key the code uses has a text", (locale) => {
    const known = new Set(leaves(catalogue(locale)));
    const missing = [...used].filter(([key]) => !known.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
