import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every module under server/ and inngest/ starts with `import "server-only"`, so that Next refuses a
// client bundle that reaches the database, secrets, Graph or Pusher. These few are deliberately
// shared and carry no guard; nothing they import may carry one.
const SHARED = {
  "imported by client components": [
    "server/auth/permissions.ts",
    "server/meta/phone.ts",
    "server/meta/validate-outbound.ts",
    "server/realtime/channels.ts",
    "server/services/campaigns/recipient-states.ts",
    "server/services/channels/channel-schemas.ts",
    "server/services/conversations/render-template-params.ts",
    "server/services/developments/development-schemas.ts",
    "server/services/developments/media-rules.ts",
    "server/services/messages/media-kind.ts",
    "server/services/queues/comunicador-queue.ts",
    "server/services/queues/next-assignee.ts",
    "server/services/standard-messages/limits.ts",
    "server/services/standard-messages/render.ts",
    "server/services/standard-messages/variables.ts",
    "server/services/templates/template-components.ts",
    "server/services/templates/template-validation.ts",
    "server/services/templates/template-variables.ts",
  ],
  // Run by plain tsx (dev/whatsapp-sandbox): Meta's wire formats, no secrets of their own.
  "imported by the WhatsApp sandbox": [
    "server/meta/graph-message-payloads.ts",
    "server/meta/webhook-inbound-message.ts",
    "server/meta/webhook-payload.ts",
    "server/meta/webhook-signature.ts",
  ],
  // Locale names and the codes services store in place of sentences, which the screens translate.
  "shared by the server and the screens that translate": ["server/i18n/locales.ts", "server/i18n/namespaces.ts", "server/i18n/stored-text.ts", "server/i18n/failure-view.ts", "server/i18n/byte-size.ts"],
  "loaded by next.config.ts and proxy.ts": ["server/http/security-headers.ts", "server/http/content-security-policy.ts"],
};
const shared = new Set(Object.values(SHARED).flat());

const root = path.resolve(import.meta.dirname, "..");
const skipDirs = new Set(["node_modules", ".next", ".git", ".data", "generated"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return skipDirs.has(entry.name) ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(path.join(root, candidate)) && /\.tsx?$/.test(candidate));
}

// Imports that reach a bundle: type-only imports are erased, so they do not count.
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const onlyTypes = clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text);
    }
  }
  return specifiers;
}

const directive = (file: string, name: string) => new RegExp(`^\\s*["']${name}["']`).test(readFileSync(path.join(root, file), "utf8"));
const isGuarded = (file: string) => valueImports(file).includes("server-only");
const serverModules = [...sourceFiles("server"), ...sourceFiles("inngest")];

/** Each module reachable from `entries` (not through server actions), with the chain that reached it. */
function reachable(entries: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const queue = entries.map((entry) => ({ file: entry, chain: [entry] }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { file, chain } = next;
    if (chains.has(file)) continue;
    chains.set(file, chain);
    if (chain.length > 1 && directive(file, "use server")) continue;
    for (const specifier of valueImports(file)) {
      const target = resolve(file, specifier);
      if (target) queue.push({ file: target, chain: [...chain, target] });
    }
  }
  return chains;
}

describe('"server-only" guard', () => {
  it("is imported by every server and Inngest module except the shared ones", () => {
    const unguarded = serverModules.filter((file) => !isGuarded(file) && !shared.has(file));
    expect(unguarded).toEqual([]);
  });

  it("is absent from the shared modules, which exist and import no guarded module", () => {
    for (const file of shared) expect(existsSync(path.join(root, file)), file).toBe(true);
    const leaks = [...reachable([...shared])].filter(([file]) => isGuarded(file)).map(([, chain]) => chain.join(" → "));
    expect(leaks).toEqual([]);
  });

  it("keeps client components away from every guarded module", () => {
    const clientEntries = sourceFiles("app").filter((file) => directive(file, "use client"));
    expect(clientEntries.length).toBeGreaterThan(10);
    const reached = reachable(clientEntries);
    const leaks = [...reached].filter(([file]) => isGuarded(file)).map(([, chain]) => chain.join(" → "));
    expect(leaks).toEqual([]);
    // A client component importing a server module that is neither guarded nor shared would go unnoticed.
    const unlisted = [...reached.keys()].filter((file) => serverModules.includes(file) && !shared.has(file));
    expect(unlisted).toEqual([]);
  });
});
