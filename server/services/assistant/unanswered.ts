import "server-only";
import type { FactCandidate } from "./development-facts";
import type { QuestionReading } from "./read-question";
import type { DevelopmentKnowledge, FactKind, Intent, UnansweredCode, UnansweredTopic } from "./retrieval-types";
import { numberWord, stem, stems, words } from "./text";
import { UNANSWERABLE } from "./vocabulary";

/** What the app cannot answer, and what that removes from the ranking. */
export type Gaps = {
  topics: UnansweredTopic[];
  /** Subjects asked only through things the app does not hold ("tem elevador?" with no elevator listed). */
  dropIntents: Set<Intent>;
  hideKinds: Set<FactKind>;
};

// Layout details a fact may or may not mention; asked and mentioned nowhere, the app does not know.
const LAYOUT_FEATURES: Record<string, string> = { varanda: "varanda", sacada: "sacada", garagem: "vaga", vaga: "vaga", banheiro: "banheiro", cozinha: "cozinha", sala: "sala" };
const MISSING_FACT: Partial<Record<Intent, { code: UnansweredCode; label: string; has: (d: DevelopmentKnowledge) => boolean }>> = {
  price: { code: "price", label: "preços das unidades", has: (d) => d.typologies.some((t) => t.priceFromCents !== null) },
  layout: { code: "typology", label: "tipologias (plantas e metragens)", has: (d) => d.typologies.length > 0 },
  address: { code: "address", label: "endereço", has: (d) => Boolean(d.address || d.neighborhood) },
  visit: { code: "address", label: "endereço", has: (d) => Boolean(d.address || d.neighborhood) },
  delivery: { code: "delivery", label: "previsão de entrega", has: (d) => Boolean(d.deliveryMonth) },
  amenities: { code: "amenities", label: "itens de lazer", has: (d) => d.amenities.length > 0 },
  financing: { code: "financing", label: "condições de pagamento", has: (d) => Boolean(d.paymentConditions) },
};

function countedNouns(texts: string[]): Set<string> {
  const nouns = new Set<string>();
  for (const text of texts) {
    const list = words(text);
    list.forEach((word, i) => {
      if (numberWord(word) !== null && list[i + 1]) nouns.add(stem(list[i + 1]!));
    });
  }
  return nouns;
}

function topic(code: UnansweredCode, what: string, scope: DevelopmentKnowledge[], detail?: string): UnansweredTopic {
  const names = scope.map((d) => d.name).join(", ");
  return { topic: code, ...(detail ? { detail } : {}), ...(names ? { developmentName: names } : {}), text: `Sem dado no app: ${what}${names ? ` (${names})` : ""}. Confirme antes de responder.` };
}

export function findGaps(input: { reading: QuestionReading; bedrooms: number | null; scope: DevelopmentKnowledge[]; candidates: FactCandidate[]; materialTitles: string[] }): Gaps {
  const { reading, scope } = input;
  const topics: UnansweredTopic[] = [];
  const dropIntents = new Set<Intent>();
  const hideKinds = new Set<FactKind>();

  for (const code of reading.unanswerable) topics.push(topic(code, UNANSWERABLE.find((u) => u.code === code)?.label ?? code, scope));

  const strongest = Math.max(0, ...reading.intents.map((i) => i.weight));
  for (const { intent, weight } of reading.intents) {
    const missing = MISSING_FACT[intent];
    if (!missing || weight < strongest / 2 || scope.some(missing.has)) continue;
    if (!topics.some((t) => t.topic === missing.code && !t.detail)) topics.push(topic(missing.code, missing.label, scope));
  }

  const typologies = scope.flatMap((d) => d.typologies);
  if (input.bedrooms !== null && typologies.length > 0 && !typologies.some((t) => t.bedrooms === input.bedrooms)) {
    topics.push(topic("typology", `unidade de ${input.bedrooms} quartos`, scope, `${input.bedrooms} quartos`));
  }
  const labels = new Set(typologies.flatMap((t) => stems(t.label)));
  for (const kind of reading.unitKinds) if (typologies.length > 0 && !labels.has(stem(kind))) topics.push(topic("typology", kind, scope, kind));

  const held = new Set(scope.flatMap((d) => d.amenities.flatMap((a) => stems(a))));
  const missingItems = reading.amenityItems.filter((item) => !held.has(item));
  const noneListed = scope.every((d) => d.amenities.length === 0);
  if (!noneListed) for (const item of missingItems) topics.push(topic("amenities", item, scope, item));
  if (reading.amenityItems.length > 0 && missingItems.length === reading.amenityItems.length) {
    dropIntents.add("amenities");
    hideKinds.add("amenities");
  }

  const known = new Set([...input.candidates.flatMap((c) => stems(c.text)), ...input.materialTitles.flatMap((t) => stems(t))]);
  const layoutWords = reading.matched.layout ?? [];
  const missingFeatures = layoutWords.filter((w) => w in LAYOUT_FEATURES && !known.has(stem(LAYOUT_FEATURES[w]!)));
  for (const feature of missingFeatures) topics.push(topic("detail", feature, scope, feature));
  if (layoutWords.length > 0 && missingFeatures.length === layoutWords.length) dropIntents.add("layout");

  // The detail a question about the unit or the leisure ends on ("a vaga é coberta?").
  const main = reading.intents.find((i) => i.intent !== "greeting")?.intent;
  const asksFeatures = main === "layout" || main === "amenities";
  if (asksFeatures) for (const word of reading.askedDetails) if (!known.has(word)) topics.push(topic("detail", word, scope, word));

  // "Quantos andares?" is answered only by a fact that counts them ("18 andares").
  const counts = countedNouns(input.candidates.map((c) => c.text));
  for (const noun of reading.counted) if (!counts.has(noun) && !topics.some((t) => t.detail === noun)) topics.push(topic("detail", `quantidade de ${noun}`, scope, noun));

  return { topics, dropIntents, hideKinds };
}
