import { leadsLastMessage, type Fact, type PromptParts } from "../prompt-parts";
import { expandedWords, overlap } from "../words";

// TAREFA: sugestoes — 1 to 3 drafts, one per line ("1) …"), each built only from the facts whose
// words meet the lead's last message and ending with the ids of the facts it used ("[F2] [F3]").
const NO_FACT_DRAFT = "1) Boa pergunta! Vou confirmar essa informação com a equipe e já te retorno.";

function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.;:!]+$/, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

const cite = (facts: Fact[]) => facts.map((fact) => `[${fact.id}]`).join(" ");

/** The facts that share words with the question, best first (ties keep the app's order). */
export function matchingFacts(question: string, facts: Fact[]): Fact[] {
  const words = expandedWords(question);
  return facts
    .map((fact, index) => ({ fact, index, score: overlap(words, fact.text) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.fact);
}

export function suggestions(parts: PromptParts): string {
  const [first, second, third] = matchingFacts(leadsLastMessage(parts), parts.facts);
  if (!first) return NO_FACT_DRAFT;
  const drafts = [`Olá! ${sentence(first.text)}. Posso te enviar mais detalhes? ${cite([first])}`];
  drafts.push(
    second
      ? `${sentence(first.text)}; e também: ${sentence(second.text)}. Quer agendar uma visita? ${cite([first, second])}`
      : `${sentence(first.text)}. Quer agendar uma visita para conhecer? ${cite([first])}`,
  );
  if (third) drafts.push(`Sobre a sua pergunta: ${sentence(third.text)}. Fico à disposição! ${cite([third])}`);
  return drafts.map((draft, index) => `${index + 1}) ${draft}`).join("\n");
}
