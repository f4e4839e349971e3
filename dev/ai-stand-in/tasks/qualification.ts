import type { PromptParts } from "../prompt-parts";
import { fold } from "../words";

// TAREFA: qualificacao — a JSON object with interest, bedrooms, budgetMin, budgetMax, financing,
// visitWanted and visitWhen, each `{value, confidence}` (0–1) or null when the lead's lines do not say it.
// Patterns run on the folded text (lower case, no accents); words are quoted from what the lead wrote.
type Field<T> = { value: T; confidence: number } | null;

const NUMBER_WORDS: Record<string, number> = { um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5 };
const SCALE = String.raw`(milhoes|milhao|mil|mi|k)?\b`;
const AMOUNT = String.raw`(?:r\$\s*)?(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*${SCALE}`;
const PROPERTY = /\b(apartamento|apto|casa|cobertura|studio|estudio|loft|terreno|lote|sala comercial|kitnet)\b/d;
const INTENT = /\b(comprar|alugar|investir|morar)\b/d;
const BEDROOMS = /\b(\d+|um|uma|dois|duas|tres|quatro|cinco)\s*(?:quartos?|dormitorios?|dorms?|suites?)\b/;
const BETWEEN = new RegExp(String.raw`entre\s+${AMOUNT}\s+e\s+${AMOUNT}`);
const UP_TO = new RegExp(String.raw`(?:ate|no maximo|maximo de|teto de)\s+${AMOUNT}`);
const FROM = new RegExp(String.raw`(?:a partir de|acima de|minimo de|no minimo)\s+${AMOUNT}`);
const MONEY = new RegExp(String.raw`r\$\s*(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*${SCALE}|(\d+(?:[.,]\d+)?)\s*(milhoes|milhao|mil|mi|k)\b`);
const FINANCING_NO = /\b(a vista|sem financiamento|nao (?:vou|quero|preciso) financiar)\b/;
const FINANCING_YES = /\b(financ\w*|fgts|minha casa minha vida|mcmv|carta de credito)\b/;
const VISIT = /\b(visit\w*|conhecer (?:o|a) (?:decorado|apartamento|imovel|empreendimento|stand)|ver pessoalmente|agendar)\b/;
const VISIT_NO = /\bnao (?:quero|posso|vou) (?:visitar|ir)\b/;
const WHEN =
  /\b(?:(?:(?:na|no|nesta|neste|proxima|proximo)\s+)?(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?|(?:(?:no|neste|proximo)\s+)?(?:sabado|domingo)|amanha|hoje|(?:no\s+|neste\s+)?fim de semana|dia \d{1,2}(?:\/\d{1,2})?|\d{1,2}\/\d{1,2})\b(?:\s+(?:de manha|a tarde|a noite|pela manha))?(?:\s+(?:as|por volta das)\s+\d{1,2}(?:h\d{0,2}|:\d{2})?)?/d;

function money(digits: string, scale: string | undefined): number {
  const plain = /[.,]\d{3}$/.test(digits) ? Number(digits.replace(/[.,]/g, "")) : Number(digits.replace(",", "."));
  if (scale === "mil" || scale === "k") return Math.round(plain * 1_000);
  if (scale?.startsWith("mi")) return Math.round(plain * 1_000_000);
  return plain;
}

const field = <T>(value: T | null | undefined, confidence: number): Field<T> => (value === null || value === undefined ? null : { value, confidence });

function budget(text: string): { min: Field<number>; max: Field<number> } {
  const between = BETWEEN.exec(text);
  if (between) return { min: field(money(between[1]!, between[2] ?? between[4]), 0.8), max: field(money(between[3]!, between[4]), 0.8) };
  const upTo = UP_TO.exec(text);
  const from = FROM.exec(text);
  if (upTo || from) return { min: from ? field(money(from[1]!, from[2]), 0.8) : null, max: upTo ? field(money(upTo[1]!, upTo[2]), 0.8) : null };
  const any = MONEY.exec(text);
  // A lone amount is most often the most the lead can pay.
  return { min: null, max: any ? field(money((any[1] ?? any[3])!, any[2] ?? any[4]), 0.5) : null };
}

/** The words the lead wrote where the pattern matched the folded text (group 1, else the whole match). */
function quoted(pattern: RegExp, said: string, folded: string): string | undefined {
  const match = pattern.exec(folded);
  const span = match?.indices?.[1] ?? match?.indices?.[0];
  return span ? said.slice(span[0], span[1]) : undefined;
}

export function qualification(parts: PromptParts): string {
  const said = parts.conversation
    .filter((line) => line.speaker === "lead")
    .map((line) => line.text)
    .join(" \n ")
    .normalize("NFC");
  const folded = fold(said);
  const property = quoted(PROPERTY, said, folded)?.toLowerCase();
  const intent = quoted(INTENT, said, folded)?.toLowerCase();
  const bedrooms = BEDROOMS.exec(folded)?.[1];
  const { min, max } = budget(folded);
  const visitWhen = quoted(WHEN, said, folded);
  const visitWanted = VISIT_NO.test(folded) ? false : VISIT.test(folded) ? true : null;
  const financing = FINANCING_NO.test(folded) ? false : FINANCING_YES.test(folded) ? true : null;
  return JSON.stringify({
    interest: property ? field(intent ? `${property} para ${intent}` : property, 0.7) : field(intent, 0.5),
    bedrooms: bedrooms ? field(NUMBER_WORDS[bedrooms] ?? Number(bedrooms), 0.9) : null,
    budgetMin: min,
    budgetMax: max,
    financing: field(financing, 0.8),
    visitWanted: field(visitWanted, 0.8),
    visitWhen: visitWanted ? field(visitWhen, 0.7) : null,
  });
}
