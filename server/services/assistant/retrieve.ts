import "server-only";
import { developmentFacts, type FactCandidate } from "./development-facts";
import { leadQuestion } from "./lead-question";
import { overlapCount, overlapTerms, round } from "./overlap";
import { pickDevelopments } from "./pick-development";
import { rankMaterials, requestedMaterials } from "./rank-materials";
import { rankStandardMessages } from "./rank-standard-messages";
import { readQuestion, type QuestionReading } from "./read-question";
import type { AssistantKnowledge, FactKind, Intent, Retrieval, RetrievedFact } from "./retrieval-types";
import { stem, stems } from "./text";
import { findGaps, type Gaps } from "./unanswered";

// Retrieval with no model: read the question (read-question.ts), pick the development, score every
// fact, material and standard message the app holds for it, and say what it cannot answer. Pure:
// the knowledge comes in (load-assistant-knowledge.ts or the eval's fixture), nothing is fetched.
//
//   const found = retrieve(await loadAssistantKnowledge(db, actor, conversationId));
//   factLines(found.facts)   // "[F1] …" lines for a prompt or the composer's panel
//   found.materials          // what to attach, best first (ids the inbox's sendMaterial accepts)
//   found.unanswered         // tell the model (and the broker) not to answer these
//
// Scores are ranks, not probabilities; the eval (npm run eval:ai) is what says they are right.

/** Intents that ask about the property; greetings, off-topic and rude messages carry no facts. */
const SUBJECTS: Intent[] = ["price", "address", "layout", "financing", "visit", "amenities", "delivery", "general"];

const FACTS_BY_INTENT: Partial<Record<Intent, Partial<Record<FactKind, number>>>> = {
  price: { typology: 3, payment: 0.6 },
  layout: { typology: 3 },
  address: { address: 3, description: 1 },
  financing: { payment: 3, typology: 0.6 },
  visit: { address: 3 },
  amenities: { amenities: 3, description: 0.5 },
  delivery: { delivery: 3 },
  general: { description: 3, typology: 1.5, amenities: 1.2, address: 1 },
};

const MIN_SCORE = 1;
const MAX_FACTS = 8;
export type RetrieveOptions = {
  /** The text to analyse; by default the lead's last messages in `knowledge.recentMessages`. */
  question?: string;
  /** Decides "entregue" against "entrega prevista"; defaults to the current time. */
  now?: Date;
};

/**
 * The facts, materials and standard messages that answer the lead's question, ranked, and what
 * the app cannot answer. Facts are numbered `F1`, `F2`… in rank order for prompts and the UI.
 */
export function retrieve(knowledge: AssistantKnowledge, options: RetrieveOptions = {}): Retrieval {
  const fromConversation = leadQuestion(knowledge.recentMessages);
  const question = options.question ?? fromConversation.question;
  const offer = options.question === undefined ? fromConversation.offer : null;
  const reading = withOffer(readQuestion(question), offer);
  const bedrooms = reading.bedrooms ?? bedroomsFromConversation(knowledge);

  const picked = pickDevelopments(knowledge, question, reading);
  const candidates = picked.scope.flatMap((development) => developmentFacts(development, options.now ?? new Date()));
  const gaps = findGaps({ reading, bedrooms, scope: picked.scope, candidates, materialTitles: knowledge.materials.map((m) => m.title) });
  const weights = subjectWeights(reading, gaps);
  const overlap = overlapTerms(question + (offer ? `\n${offer}` : ""), picked.scope);

  const facts = rankFacts(candidates, weights, gaps, { bedrooms, reading, overlap });
  const scopeIds = new Set(picked.scope.map((d) => d.id));
  return {
    question,
    intents: intentsOf(reading, weights, gaps),
    development: picked.primary,
    bedrooms,
    facts,
    materials: weights.size === 0 ? [] : rankMaterials(knowledge, scopeIds, weights, { bedrooms, reading, overlap, requested: requestedMaterials(question, offer) }),
    standardMessages: rankStandardMessages(knowledge, weights, reading),
    unanswered: gaps.topics,
  };
}

/** "Pode sim" to "Posso te mandar a planta e a tabela?": the offer's subjects are the question's. */
function withOffer(reading: QuestionReading, offer: string | null): QuestionReading {
  if (!offer) return reading;
  const offered = readQuestion(offer);
  const intents = offered.intents.filter((i) => i.intent !== "greeting" && i.intent !== "visit");
  return { ...reading, intents: [...intents, ...reading.intents], bedrooms: reading.bedrooms ?? offered.bedrooms };
}

function bedroomsFromConversation(knowledge: AssistantKnowledge): number | null {
  for (const line of [...knowledge.recentMessages].reverse()) {
    if (line.direction !== "INBOUND") continue;
    const found = readQuestion(line.text).bedrooms;
    if (found !== null) return found;
  }
  return null;
}

/** Each subject's share of the question (the strongest is 1); subjects the app cannot answer drop out. */
function subjectWeights(reading: QuestionReading, gaps: Gaps): Map<Intent, number> {
  const subjects = reading.intents.filter((i) => SUBJECTS.includes(i.intent) && !gaps.dropIntents.has(i.intent));
  const strongest = Math.max(0, ...subjects.map((i) => i.weight));
  const weights = new Map<Intent, number>();
  for (const { intent, weight } of subjects) weights.set(intent, Math.max(weights.get(intent) ?? 0, weight / strongest));
  return weights;
}

function intentsOf(reading: QuestionReading, weights: Map<Intent, number>, gaps: Gaps): Intent[] {
  const subjects = [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([intent]) => intent);
  const social = (["rude", "greeting"] as const).filter((intent) => reading.intents.some((i) => i.intent === intent));
  const intents: Intent[] = [...subjects, ...social];
  if (intents.length === 0 && gaps.topics.length === 0) intents.push("off_topic");
  return [...new Set(intents)];
}

type Context = { bedrooms: number | null; reading: QuestionReading; overlap: Set<string> };

function typologyFit(candidate: FactCandidate, context: Context): number {
  const typology = candidate.typology;
  if (!typology) return 0;
  const labelStems = stems(typology.label);
  let fit = 0;
  if (context.bedrooms !== null) fit += typology.bedrooms === context.bedrooms ? 2 : -1.5;
  for (const kind of context.reading.unitKinds) fit += labelStems.includes(stem(kind)) ? 2.5 : -1.5;
  return fit;
}

function rankFacts(candidates: FactCandidate[], weights: Map<Intent, number>, gaps: Gaps, context: Context): RetrievedFact[] {
  const scored = candidates.flatMap((candidate) => {
    if (gaps.hideKinds.has(candidate.kind)) return [];
    let score = 0;
    for (const [intent, weight] of weights) score += weight * (FACTS_BY_INTENT[intent]?.[candidate.kind] ?? 0);
    if (score === 0) return [];
    score += typologyFit(candidate, context) + overlapCount(candidate.text.slice(candidate.developmentName.length), context.overlap);
    return score >= MIN_SCORE ? [{ candidate, score }] : [];
  });
  scored.sort((a, b) => b.score - a.score || (a.candidate.typology?.index ?? 0) - (b.candidate.typology?.index ?? 0));
  return scored.slice(0, MAX_FACTS).map(({ candidate, score }, i) => ({
    ref: `F${i + 1}`,
    id: candidate.id,
    kind: candidate.kind,
    developmentId: candidate.developmentId,
    developmentName: candidate.developmentName,
    text: candidate.text,
    ...(candidate.typology ? { typology: { label: candidate.typology.label, bedrooms: candidate.typology.bedrooms } } : {}),
    score: round(score),
  }));
}

