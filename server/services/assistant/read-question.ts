import "server-only";
import type { Intent, UnansweredCode } from "./retrieval-types";
import { numberWord, stem, withinOneTypo, words as wordsOf } from "./text";
import { AMENITY_ITEMS, CONDO_KIND_NEXT, FILLER, INTENT_PHRASES, SWALLOWED_BY_UNANSWERABLE, UNANSWERABLE, UNIT_KINDS, type Phrase } from "./vocabulary";

/** What a lead's message asks, read without any model. */
export type QuestionReading = {
  /** Strongest first; greetings stay in the list but carry no facts. */
  intents: { intent: Intent; weight: number }[];
  /** The words (stems) that carried each intent. */
  matched: Partial<Record<Intent, string[]>>;
  bedrooms: number | null;
  /** Unit kinds named ("cobertura", "studio"). */
  unitKinds: string[];
  /** Amenity items named, as stems ("piscina", "elevador"). */
  amenityItems: string[];
  unanswerable: UnansweredCode[];
  /** Stems that are no keyword and no filler: what else the lead named ("coberta", "metro"). */
  content: string[];
  /** Content words a question ends on or asks "tem …" about: the detail it wants ("a vaga é coberta?"). */
  askedDetails: string[];
  /** Nouns the lead asks to count ("quantos andares" → "andar"). */
  counted: string[];
  /** "Qual dos dois", "ambos": the lead compares every development they have. */
  comparesAll: boolean;
};

// Question words that belong to a nearby subject rather than to the unit's price: "valor da entrada"
// asks about financing, "as parcelas fica quanto" too.
const FINANCING_SUBJECTS = new Set(["entrada", "parcela", "sinal", "fgts", "prestacao", "financiamento"].map(stem));
const QUANTITY_NOUNS = new Set(["m2", "metro", "quarto", "vaga", "suite", "banheiro", "andar", "dormitorio", "tempo", "torre", "unidade"].map(stem));
const ROOM_NOUNS = new Set(["quarto", "dormitorio"].map(stem));

// A word that is itself a keyword is never read as a typo of another ("porcaria" is not "portaria").
const KEYWORDS = new Set(Object.values(INTENT_PHRASES).flatMap((phrases) => phrases.flatMap((phrase) => phrase.words)));

function matchesWord(token: string, word: string): boolean {
  if (word.endsWith("*")) return token.startsWith(word.slice(0, -1));
  if (token === word) return true;
  return word.length >= 7 && token.length >= 6 && !KEYWORDS.has(token) && withinOneTypo(token, word);
}

function findPhrase(tokens: string[], phrase: Phrase, skip: boolean[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + phrase.words.length <= tokens.length; i++) {
    if (phrase.words.every((word, k) => !skip[i + k] && matchesWord(tokens[i + k]!, word))) starts.push(i);
  }
  return starts;
}

// A keyword that means something else where it stands: "quantos m2" counts, "metro quadrado" is an
// area, "área de lazer" is leisure, "condomínio-clube" is the building's kind.
function misread(intent: Intent, tokens: string[], original: string[], at: number, phrase: Phrase): boolean {
  const word = phrase.words[0];
  const next = tokens[at + phrase.words.length];
  const nearby = tokens.slice(Math.max(0, at - 3), at + 4);
  if (intent === "price" && word === "quanto" && ((next && QUANTITY_NOUNS.has(next)) || /^quant[oa]s$/.test(original[at] ?? ""))) return true;
  if (intent === "price" && nearby.some((t) => FINANCING_SUBJECTS.has(t)) && phrase.words.length === 1) return true;
  if ((intent === "address" || intent === "layout") && word === "metro" && phrase.words.length === 1 && next === "quadrado") return true;
  if (intent === "layout" && word === "area" && (next === "lazer" || next === "de" || next === "comum")) return true;
  if (intent === "greeting" && word === "ok" && tokens.length > 3) return true;
  return false;
}

function bedroomsIn(words: string[]): number | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const count = numberWord(words[i]!);
    if (count !== null && count > 0 && count < 10 && ROOM_NOUNS.has(stem(words[i + 1]!))) return count;
  }
  return null;
}

export function readQuestion(text: string): QuestionReading {
  const words = wordsOf(text);
  const tokens = words.map(stem);
  const swallowed = tokens.map(() => false);
  const used = tokens.map(() => false);

  const unanswerable: UnansweredCode[] = [];
  for (const topic of UNANSWERABLE) {
    for (const phrase of topic.phrases) {
      for (const at of findPhrase(tokens, phrase, swallowed)) {
        const end = at + phrase.words.length;
        if (topic.code === "condo_fee" && CONDO_KIND_NEXT.has(tokens[end] ?? "")) continue;
        // "Condomínio" alone is the building; with a money word around it, the monthly fee.
        const window = tokens.slice(Math.max(0, at - 4), end + 3);
        if (topic.code === "condo_fee" && phrase.words.length === 1 && !window.some((t) => SWALLOWED_BY_UNANSWERABLE.has(t))) continue;
        if (!unanswerable.includes(topic.code)) unanswerable.push(topic.code);
        for (let k = Math.max(0, at - 4); k < Math.min(tokens.length, end + 3); k++) {
          if ((k >= at && k < end) || SWALLOWED_BY_UNANSWERABLE.has(tokens[k]!)) swallowed[k] = true;
        }
      }
    }
  }

  const weights = new Map<Intent, number>();
  const matched: Partial<Record<Intent, string[]>> = {};
  for (const [intent, phrases] of Object.entries(INTENT_PHRASES) as [Intent, Phrase[]][]) {
    for (const phrase of phrases) {
      for (const at of findPhrase(tokens, phrase, swallowed)) {
        if (misread(intent, tokens, words, at, phrase)) continue;
        weights.set(intent, (weights.get(intent) ?? 0) + phrase.weight);
        for (let k = at; k < at + phrase.words.length; k++) {
          used[k] = true;
          (matched[intent] ??= []).push(tokens[k]!);
        }
      }
    }
  }

  const bedrooms = bedroomsIn(words);
  const isContent = (i: number) => !used[i] && !swallowed[i] && !FILLER.has(tokens[i]!) && tokens[i]!.length >= 3 && !/^\d+$/.test(tokens[i]!) && numberWord(words[i]!) === null;
  const askedAt = new Set<number>();
  let position = 0;
  for (const sentence of text.split(/(?<=[?!.\n])/)) {
    const count = wordsOf(sentence).length;
    if (sentence.trim().endsWith("?") && count > 0) askedAt.add(position + count - 1);
    position += count;
  }
  tokens.forEach((t, i) => t === "tem" && askedAt.add(i + 1));
  const intents = [...weights.entries()].map(([intent, weight]) => ({ intent, weight })).sort((a, b) => b.weight - a.weight);
  return {
    intents,
    matched,
    bedrooms,
    unitKinds: UNIT_KINDS.filter((kind) => tokens.includes(stem(kind))),
    amenityItems: AMENITY_ITEMS.map(stem).filter((item) => tokens.includes(item)),
    unanswerable,
    content: tokens.filter((_, i) => isContent(i)),
    askedDetails: [...askedAt].filter((i) => i < tokens.length && isContent(i)).map((i) => tokens[i]!),
    counted: tokens.flatMap((t, i) => (/^quant[oa]s$/.test(words[i]!) && tokens[i + 1] && !FILLER.has(tokens[i + 1]!) ? [tokens[i + 1]!] : [])),
    comparesAll: /\b(dos dois|os dois|ambos|cada um|das duas|qual dos|qual deles|comparar)\b/.test(words.join(" ")),
  };
}
