import "server-only";
import type { MediaKindName } from "@/server/services/developments/media-rules";
import { developmentFacts, type FactCandidate } from "./development-facts";
import { leadQuestion } from "./lead-question";
import { readQuestion, type QuestionReading } from "./read-question";
import type {
  AssistantKnowledge,
  DevelopmentKnowledge,
  FactKind,
  Intent,
  Retrieval,
  RetrievedFact,
  RetrievedMaterial,
  RetrievedStandardMessage,
} from "./retrieval-types";
import { findGaps, type Gaps } from "./unanswered";
import { stem, stems, words } from "./text";
import { FILLER, REQUESTED_MATERIALS } from "./vocabulary";

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

const MATERIALS_BY_INTENT: Partial<Record<Intent, Partial<Record<MediaKindName, number>>>> = {
  price: { PRICE_TABLE: 3 },
  layout: { FLOOR_PLAN: 3 },
  financing: { PRICE_TABLE: 2 },
  amenities: { PHOTO: 2, VIDEO: 1.5 },
  general: { CAMPAIGN: 2.5, PHOTO: 2, VIDEO: 2 },
};

const MATERIAL_REASONS: Record<MediaKindName, string> = {
  PRICE_TABLE: "Valores e condições de pagamento",
  FLOOR_PLAN: "Planta e metragens",
  PHOTO: "Imagens do empreendimento",
  VIDEO: "Vídeo do empreendimento",
  CAMPAIGN: "Material de apresentação",
  DOCUMENT: "Documento do empreendimento",
};

const MIN_SCORE = 1;
const MAX_FACTS = 8;
const MAX_MATERIALS = 5;
const MAX_STANDARD_MESSAGES = 3;
// Name words every development shares: "Residencial" names none of them.
const GENERIC_NAME_WORDS = new Set(["residencial", "edificio", "condominio", "torre", "empreendimento", "do", "da", "de", "parque", "village", "home"].map(stem));
// Words that ask rather than name a subject: no fact is closer for containing them.
// Bedroom words neither: the bedroom count already ranks typologies and plans.
const QUESTION_WORDS = new Set(["quanto", "valor", "preco", "onde", "fica", "quando", "qual", "como", "tem", "quarto", "dormitorio"].map(stem));

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

function requestedMaterials(question: string, offer: string | null): Set<MediaKindName> {
  const asked = stems(`${question}\n${offer ?? ""}`);
  return new Set(asked.flatMap((t) => (REQUESTED_MATERIALS[t] ? [REQUESTED_MATERIALS[t]] : [])));
}

function bedroomsFromConversation(knowledge: AssistantKnowledge): number | null {
  for (const line of [...knowledge.recentMessages].reverse()) {
    if (line.direction !== "INBOUND") continue;
    const found = readQuestion(line.text).bedrooms;
    if (found !== null) return found;
  }
  return null;
}

function nameStems(development: DevelopmentKnowledge): string[] {
  return stems(development.name).filter((t) => !GENERIC_NAME_WORDS.has(t) && t.length >= 3);
}

function pickDevelopments(knowledge: AssistantKnowledge, question: string, reading: QuestionReading): { primary: Retrieval["development"]; scope: DevelopmentKnowledge[] } {
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

/** Question words worth finding in a fact's own text ("metrô" in the description). */
function overlapTerms(question: string, scope: DevelopmentKnowledge[]): Set<string> {
  const names = new Set(scope.flatMap(nameStems));
  return new Set(stems(question).filter((t) => t.length >= 4 && !FILLER.has(t) && !QUESTION_WORDS.has(t) && !names.has(t) && !/^\d+$/.test(t)));
}

function overlapCount(text: string, overlap: Set<string>): number {
  const own = new Set(stems(text));
  return [...overlap].filter((t) => own.has(t)).length;
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

function rankMaterials(knowledge: AssistantKnowledge, scopeIds: Set<string>, weights: Map<Intent, number>, context: Context & { requested: Set<MediaKindName> }): RetrievedMaterial[] {
  const scored = knowledge.materials.flatMap((material) => {
    if (material.developmentId !== null && !scopeIds.has(material.developmentId)) return [];
    let score = context.requested.has(material.kind) ? 2 : 0;
    for (const [intent, weight] of weights) score += weight * (MATERIALS_BY_INTENT[intent]?.[material.kind] ?? 0);
    if (score === 0) return [];
    const titleWords = words(material.title);
    if (material.kind === "FLOOR_PLAN") {
      const planBedrooms = readQuestion(material.title).bedrooms;
      // Scaled, not added: the right plan leads the plans without passing the price table in a price question.
      if (context.bedrooms !== null && planBedrooms !== null) score *= planBedrooms === context.bedrooms ? 1.5 : 0.4;
      for (const kind of context.reading.unitKinds) if (titleWords.includes(kind)) score *= 1.5;
    }
    score += overlapCount(material.title, context.overlap);
    return score >= MIN_SCORE ? [{ material, score }] : [];
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, MAX_MATERIALS).map(({ material, score }) => ({
    id: material.id,
    kind: material.kind,
    title: material.title,
    fileName: material.fileName,
    developmentId: material.developmentId,
    reason: MATERIAL_REASONS[material.kind],
    score: round(score),
  }));
}

function rankStandardMessages(knowledge: AssistantKnowledge, weights: Map<Intent, number>, reading: QuestionReading): RetrievedStandardMessage[] {
  if (reading.intents.some((i) => i.intent === "rude")) return [];
  const onlyGreeting = weights.size === 0 && reading.intents.some((i) => i.intent === "greeting");
  const scored = knowledge.standardMessages.flatMap((message) => {
    // A message is about its strongest subject: "quanto pretende dar de entrada" is financing, not price.
    const own = readQuestion(`${message.title}\n${message.body}`).intents;
    const subject = own.find((i) => i.intent !== "greeting")?.intent;
    let score = subject ? (weights.get(subject) ?? 0) : 0;
    if (onlyGreeting && own.some((i) => i.intent === "greeting")) score += 1;
    return score >= 0.5 ? [{ message, score }] : [];
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, MAX_STANDARD_MESSAGES).map(({ message, score }) => ({ ...message, score: round(score) }));
}

const round = (n: number) => Math.round(n * 100) / 100;
