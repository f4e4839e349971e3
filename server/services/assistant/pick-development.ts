import "server-only";
import type { QuestionReading } from "./read-question";
import type { AssistantKnowledge, DevelopmentKnowledge, Retrieval } from "./retrieval-types";
import { stem, stems } from "./text";

// Name words every development shares: "Residencial" names none of them.
const GENERIC_NAME_WORDS = new Set(["residencial", "edificio", "condominio", "torre", "empreendimento", "do", "da", "de", "parque", "village", "home"].map(stem));

export function nameStems(development: DevelopmentKnowledge): string[] {
  return stems(development.name).filter((t) => !GENERIC_NAME_WORDS.has(t) && t.length >= 3);
}

/**
 * The development a question is about: the one it names, else the lead's only one, else the one
 * the conversation named last, else the first. "Qual dos dois" widens the scope to all of them.
 */
export function pickDevelopments(knowledge: AssistantKnowledge, question: string, reading: QuestionReading): { primary: Retrieval["development"]; scope: DevelopmentKnowledge[] } {
  const all = knowledge.developments;
  if (all.length === 0) return { primary: null, scope: [] };
  const tokens = stems(question);
  const named = all
    .map((development) => ({ development, at: tokens.findIndex((t) => nameStems(development).includes(t)) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.development);
  const pick = (development: DevelopmentKnowledge, chosenBy: NonNullable<Retrieval["development"]>["chosenBy"]) => ({ id: development.id, name: development.name, chosenBy });
  if (named.length > 0) return { primary: pick(named[0]!, "named"), scope: reading.comparesAll ? all : named };
  if (all.length === 1) return { primary: pick(all[0]!, "only"), scope: all };
  const recent = [...knowledge.recentMessages].reverse().map((line) => stems(line.text));
  const mentioned = recent.map((lineTokens) => all.find((d) => lineTokens.some((t) => nameStems(d).includes(t)))).find(Boolean);
  const primary = mentioned ? pick(mentioned, "conversation") : pick(all[0]!, "first");
  return { primary, scope: reading.comparesAll ? all : all.filter((d) => d.id === primary.id) };
}

