import "server-only";

export type MessageSearchTerms = {
  /** Whole words, for plainto_tsquery: stemmed, accents folded, stop words dropped. */
  words: string;
  /** The word being typed, matched as a prefix of a stem ("aparta" finds "apartamentos"). */
  prefix: string | null;
  /** Tokens with digits (unit 302, tower B2, a phone), matched as substrings through the trigram index. */
  fragments: string[];
};

const LETTERS_ONLY = /^\p{L}+$/u;

// Anything that is not a letter or digit separates tokens, as in Postgres's own parser.
export function messageSearchTerms(search: string): MessageSearchTerms {
  const tokens = search.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const typing = tokens.length > 0 && /[\p{L}\p{N}]$/u.test(search);
  const fragments = tokens.filter((t) => /\p{N}/u.test(t));
  const words = tokens.filter((t) => !/\p{N}/u.test(t));
  const last = tokens.at(-1);
  const prefix = typing && last && LETTERS_ONLY.test(last) ? last : null;
  return { words: (prefix ? words.slice(0, -1) : words).join(" "), prefix, fragments };
}
