import { MAX_TEXT_LENGTH } from "@/server/meta/validate-outbound";

// Quiet for ordinary messages; from here on the broker sees how much room is left.
export const COUNTER_FROM = 3500;

/** The composer's character count as Meta counts it (an emoji is one), once the text nears the limit. */
export function textCounter(text: string): { length: number; max: number; over: number } | null {
  const length = [...text].length;
  if (length < COUNTER_FROM) return null;
  return { length, max: MAX_TEXT_LENGTH, over: Math.max(0, length - MAX_TEXT_LENGTH) };
}
