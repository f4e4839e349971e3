import "server-only";
import { fold } from "./text";

// The hallucination check: a draft may only state numbers (prices, areas, dates, street numbers,
// percentages, counts) and addresses that the facts it was given contain. Whatever else it states
// is listed, so a draft that invents "condomínio de R$ 650" or "Rua das Acácias, 90" is caught.

export type UnsupportedClaim = { kind: "number" | "date" | "address"; text: string };

const MONTHS = ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
const MULTIPLIERS: Record<string, number> = { mil: 1_000, k: 1_000, milhao: 1_000_000, milhoes: 1_000_000, mi: 1_000_000 };
const NUMBER = /(?:r\$\s*)?(?<![a-z0-9])\d[\d.,]*(?:\s*(?:mil|milhao|milhoes|mi|k)\b)?/g;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b|\b(\d{1,2})\/(\d{4})\b/g;
const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join("|")})(?: de)? (\\d{4})\\b`, "g");
const STREET = /\b(rua|r\.|avenida|av\.|alameda|al\.|travessa|tv\.|praca|rodovia|estrada|largo)\s+([a-z0-9 ]+?)(?:\s*,\s*(?:n[o.]?\s*)?(\d+))?(?=\s*[,.;:!?\n–-]|\s+(?:no|na|em|e|perto|bairro)\b|\s*$)/g;

// Folded for comparison, but keeping what numbers and addresses need: digits' separators, "R$", "/".
function normal(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/** "R$ 489.000" → 489000, "62,5" → 62.5, "1,29 milhão" → 1290000, "489 mil" → 489000. */
export function numberValue(written: string): number | null {
  const match = /(\d[\d.,]*)\s*(milhoes|milhao|mil|mi|k)?/.exec(normal(written).replace("r$", ""));
  if (!match) return null;
  let digits = match[1]!.replace(/[.,]$/, "");
  if (digits.includes(",")) digits = digits.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(digits)) digits = digits.replace(/\./g, "");
  const value = Number(digits) * (match[2] ? MULTIPLIERS[match[2]]! : 1);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

function numbersIn(text: string): number[] {
  return [...normal(text).matchAll(NUMBER)].flatMap((m) => {
    const value = numberValue(m[0]);
    return value === null ? [] : [value];
  });
}

/**
 * Everything in a draft that the facts do not back. `echo` is text the draft may repeat (the lead's
 * own question: "não temos 4 quartos" is no invention).
 */
export function findUnsupportedClaims(draft: string, facts: { text: string }[], echo = ""): UnsupportedClaim[] {
  const source = normal([...facts.map((f) => f.text), echo].join("\n"));
  const sourceWords = fold(source);
  const known = new Set(numbersIn(source));
  for (const [, month, year] of source.matchAll(MONTH_YEAR)) known.add(MONTHS.indexOf(month!) + 1).add(Number(year));
  const claims: UnsupportedClaim[] = [];
  let rest = normal(draft);

  for (const match of rest.matchAll(SLASH_DATE)) {
    const [month, year] = match[4] ? [Number(match[4]), Number(match[5])] : [Number(match[2]), match[3] ? Number(match[3]) : null];
    const monthName = MONTHS[month - 1];
    const backed = monthName && (year === null ? sourceWords.includes(monthName) : sourceWords.includes(`${monthName} de ${year}`));
    if (!backed) claims.push({ kind: "date", text: match[0] });
  }
  rest = rest.replace(SLASH_DATE, " ");
  for (const match of rest.matchAll(MONTH_YEAR)) {
    if (!sourceWords.includes(`${match[1]} de ${match[2]}`)) claims.push({ kind: "date", text: match[0] });
  }
  rest = rest.replace(MONTH_YEAR, " ");

  for (const match of rest.matchAll(STREET)) {
    const backed = sourceWords.includes(fold(match[2]!)) && (!match[3] || known.has(Number(match[3])));
    if (!backed) claims.push({ kind: "address", text: match[0].trim() });
  }
  rest = rest.replace(STREET, " ");

  for (const match of rest.matchAll(NUMBER)) {
    const value = numberValue(match[0]);
    if (value !== null && !known.has(value)) claims.push({ kind: "number", text: match[0].trim() });
  }
  return claims;
}
