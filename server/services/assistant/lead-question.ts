import "server-only";
import type { ConversationLine } from "./retrieval-types";
import { stems } from "./text";
import { AFFIRMATIVES, FILLER, INTENT_PHRASES } from "./vocabulary";

const GREETING_WORDS = new Set(INTENT_PHRASES.greeting.flatMap((phrase) => phrase.words));
const MAX_LINES = 3;

/**
 * The lead's question: their messages since the broker last wrote (up to three). When they only
 * accept what the broker just offered ("pode sim"), the offer is what they asked for.
 */
export function leadQuestion(lines: ConversationLine[]): { question: string; offer: string | null } {
  const lastOutbound = lines.findLastIndex((line) => line.direction === "OUTBOUND");
  const question = lines
    .slice(lastOutbound + 1)
    .filter((line) => line.direction === "INBOUND")
    .slice(-MAX_LINES)
    .map((line) => line.text.trim())
    .filter(Boolean)
    .join("\n");
  const offer = lastOutbound >= 0 && question && isAcceptance(question) ? lines[lastOutbound]!.text : null;
  return { question, offer };
}

function isAcceptance(text: string): boolean {
  const tokens = stems(text);
  return tokens.some((t) => AFFIRMATIVES.has(t)) && tokens.every((t) => AFFIRMATIVES.has(t) || GREETING_WORDS.has(t) || FILLER.has(t));
}
