import "server-only";

// How lead messages are read: WhatsApp Portuguese without accents, with "vc", "qto", "2q" and
// typos. Pure functions, no dictionary download: folding, abbreviations, a light plural stemmer and
// one-typo tolerance for long keywords.

/** Lower case, accents and "²" folded, every run of non-letters/digits a single space. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/²/g, "2")
    .toLowerCase()
    .replace(/r\$/g, " reais ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const NUMBER_WORDS: Record<string, number> = { um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5 };
const ROOM_WORDS = new Set(["q", "qs", "qt", "qts", "qto", "qtos", "quarto", "quartos", "dorm", "dorms", "dormitorio", "dormitorios", "d", "dts"]);

const ABBREVIATIONS: Record<string, string> = {
  vc: "voce",
  vcs: "voces",
  qnto: "quanto",
  qnt: "quanto",
  qntos: "quantos",
  qts: "quartos",
  qtos: "quartos",
  dorm: "dormitorio",
  dorms: "dormitorios",
  apto: "apartamento",
  ap: "apartamento",
  ape: "apartamento",
  apt: "apartamento",
  aptos: "apartamentos",
  vlr: "valor",
  pfv: "favor",
  pf: "favor",
  pfvr: "favor",
  msg: "mensagem",
  tb: "tambem",
  tbm: "tambem",
  blz: "beleza",
  obg: "obrigado",
  mts: "metros",
  m2: "m2",
  q: "que",
  oq: "que",
  pq: "porque",
  td: "tudo",
  tds: "todos",
  cond: "condominio",
  fds: "fim semana",
};

/**
 * Words of a message, folded and with abbreviations spelled out. "qto" is "quarto" after a number
 * ("3 qto") and "quanto" elsewhere ("qto custa"); "2q" becomes "2 quartos".
 */
export function words(text: string): string[] {
  const raw = fold(text)
    .replace(/\b(\d+)(q|qs|qt|qts|qto|qtos|d|dorm|dorms)\b/g, "$1 quartos")
    .split(" ")
    .filter(Boolean);
  return raw.flatMap((word, i) => {
    const previous = raw[i - 1] ?? "";
    const afterNumber = /^\d+$/.test(previous) || previous in NUMBER_WORDS;
    if (afterNumber && ROOM_WORDS.has(word)) return ["quartos"];
    if (word === "qto" || word === "qt") return ["quanto"];
    return (ABBREVIATIONS[word] ?? word).split(" ");
  });
}

/** Light Portuguese stemmer: plurals and the -ção/-ções pair, enough to match keywords. */
export function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word;
  if (word.endsWith("oes") || word.endsWith("aes")) return word.slice(0, -3) + "ao";
  if (word.endsWith("ais")) return word.slice(0, -3) + "al";
  if (word.endsWith("eis")) return word.slice(0, -3) + "el";
  if (word.endsWith("ns")) return word.slice(0, -2) + "m";
  if (word.endsWith("res") || word.endsWith("zes")) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

export function stems(text: string): string[] {
  return words(text).map(stem);
}

/** The number a word or digit stands for ("dois" → 2, "3" → 3), or null. */
export function numberWord(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

/** At most one insertion, deletion, substitution or swap apart ("financiamnto" ~ "financiamento"). */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true;
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true;
  return restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2);
}
