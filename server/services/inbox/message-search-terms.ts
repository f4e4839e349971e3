import "server-only";

export type MessageSearchTerms = {
  /**
   * The search up to the word being typed, for plainto_tsquery: Postgres's parser splits it as it
   * split the messages (so "98765-4321", "B2" and "450.000" meet their own tokens), stems the words,
   * folds accents and drops stop words. Its syntax is never read as tsquery operators.
   */
  words: string;
  /** tsquery text for the word or number being typed, as a prefix ("aparta" finds "apartamentos", "42" finds "4242"). */
  prefixQuery: string | null;
};

// Only letters and digits, so the tsquery built from it holds no operator of the searcher's.
const TYPED_TOKEN = /[\p{L}\p{N}]+$/u;
const DIGITS = /^\p{N}+$/u;

export function messageSearchTerms(search: string): MessageSearchTerms {
  const typed = TYPED_TOKEN.exec(search)?.[0] ?? null;
  const words = (typed ? search.slice(0, -typed.length) : search).trim();
  if (!typed) return { words, prefixQuery: null };
  // Postgres reads the digits after a dash as a negative number ("98765-4321" holds '-4321').
  return { words, prefixQuery: DIGITS.test(typed) ? `${typed}:* | -${typed}:*` : `${typed}:*` };
}
