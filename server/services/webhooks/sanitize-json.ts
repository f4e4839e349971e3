import "server-only";
// PostgreSQL refuses NUL characters in text and jsonb, and unpaired UTF-16 surrogates in jsonb:
// a signed payload carrying either must still be stored, so both are replaced before anything
// reaches the database.
const MAX_DEPTH = 64;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export class TooDeepError extends Error {}

export function cleanString(value: string): string {
  return value.replaceAll("\u0000", "").replace(LONE_SURROGATE, "\uFFFD");
}

export function sanitizeJson(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new TooDeepError("JSON aninhado demais");
  if (typeof value === "string") return cleanString(value);
  if (Array.isArray(value)) return value.map((item) => sanitizeJson(item, depth + 1));
  if (value !== null && typeof value === "object") {
    const clean: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) clean[cleanString(key)] = sanitizeJson(item, depth + 1);
    return clean;
  }
  return value;
}
