import "server-only";
import { nameStems } from "./pick-development";
import type { DevelopmentKnowledge } from "./retrieval-types";
import { stem, stems } from "./text";
import { FILLER } from "./vocabulary";

// Words that ask rather than name a subject: no fact is closer for containing them.
// Bedroom words neither: the bedroom count already ranks typologies and plans.
const QUESTION_WORDS = new Set(["quanto", "valor", "preco", "onde", "fica", "quando", "qual", "como", "tem", "quarto", "dormitorio"].map(stem));

/** Question words worth finding in a fact's own text ("metrô" in the description). */
export function overlapTerms(question: string, scope: DevelopmentKnowledge[]): Set<string> {
  const names = new Set(scope.flatMap(nameStems));
  return new Set(stems(question).filter((t) => t.length >= 4 && !FILLER.has(t) && !QUESTION_WORDS.has(t) && !names.has(t) && !/^\d+$/.test(t)));
}

export function overlapCount(text: string, overlap: Set<string>): number {
  const own = new Set(stems(text));
  return [...overlap].filter((t) => own.has(t)).length;
}

export const round = (n: number) => Math.round(n * 100) / 100;
