import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Each folder under server/services is a domain; imports between domains must go one way only
// (which way: eslint.config.mjs). This reads every non-test source file's imports and fails on
// any cycle between domain folders, naming the files that close it.

const SERVICES = path.join(process.cwd(), "server", "services");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

type Edge = { from: string; to: string; file: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function domainOf(file: string): string | null {
  const relative = path.relative(SERVICES, file);
  if (relative.startsWith("..")) return null;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length > 0 ? (first ?? null) : null;
}

function targetOf(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/server/services/")) return specifier.split("/")[3] ?? null;
  if (specifier.startsWith(".")) return domainOf(path.resolve(path.dirname(file), specifier) + ".ts");
  return null;
}

function domainEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SERVICES)) {
    const from = domainOf(file);
    if (!from) continue;
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const to = targetOf(file, match[1] ?? match[2] ?? "");
      if (to && to !== from) edges.push({ from, to, file: path.relative(process.cwd(), file) });
    }
  }
  return edges;
}

/** The first cycle found, as the edges that make it, or null. */
function findCycle(edges: Edge[]): Edge[] | null {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const done = new Set<string>();
  const trail: Edge[] = [];
  const onPath = new Set<string>();
  const visit = (domain: string): Edge[] | null => {
    if (done.has(domain)) return null;
    onPath.add(domain);
    for (const edge of out.get(domain) ?? []) {
      if (onPath.has(edge.to)) return [...trail.slice(trail.findIndex((e) => e.from === edge.to)), edge];
      trail.push(edge);
      const found = visit(edge.to);
      if (found) return found;
      trail.pop();
    }
    onPath.delete(domain);
    done.add(domain);
    return null;
  };
  for (const domain of out.keys()) {
    const found = visit(domain);
    if (found) return found;
  }
  return null;
}

describe("server/services folder dependencies", () => {
  it("finds the imports between domains (the scan sees real edges)", () => {
    const edges = domainEdges();
    expect(edges.some((e) => e.from === "inbox" && e.to === "messages")).toBe(true);
    expect(edges.some((e) => e.from === "webhooks" && e.to === "conversations")).toBe(true);
  });

  it("has no cycle between domain folders", () => {
    const cycle = findCycle(domainEdges());
    const described = cycle?.map((e) => `${e.from} → ${e.to} (${e.file})`).join("; ");
    expect(described ?? null).toBeNull();
  });

  it("would report a cycle", () => {
    const made = [
      { from: "a", to: "b", file: "a/x.ts" },
      { from: "b", to: "c", file: "b/y.ts" },
      { from: "c", to: "a", file: "c/z.ts" },
    ];
    expect(findCycle(made)?.map((e) => e.from)).toEqual(["a", "b", "c"]);
    expect(findCycle(made.slice(0, 2))).toBeNull();
  });
});
