// Services never store a sentence: a row keeps a catalogue code and the values to fill in, and the
// screen translates them into the reader's language (server/i18n/messages).
export type TextParams = Record<string, string | number>;

/** Stored parameters, read defensively: a row written by another version may hold anything. */
export function readParams(value: unknown): TextParams {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number"));
}
