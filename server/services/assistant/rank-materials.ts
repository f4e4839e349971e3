import "server-only";
import type { MediaKindName } from "@/server/services/developments/media-rules";
import { overlapCount, round } from "./overlap";
import { readQuestion, type QuestionReading } from "./read-question";
import type { AssistantKnowledge, Intent, RetrievedMaterial } from "./retrieval-types";
import { stems, words } from "./text";
import { REQUESTED_MATERIALS } from "./vocabulary";

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
const MAX_MATERIALS = 5;

export function requestedMaterials(question: string, offer: string | null): Set<MediaKindName> {
  const asked = stems(`${question}\n${offer ?? ""}`);
  return new Set(asked.flatMap((t) => (REQUESTED_MATERIALS[t] ? [REQUESTED_MATERIALS[t]] : [])));
}

type MaterialContext = { bedrooms: number | null; reading: QuestionReading; overlap: Set<string>; requested: Set<MediaKindName> };

/** The materials of the developments in scope (and the loose ones of the channel or lead), best first. */
export function rankMaterials(knowledge: AssistantKnowledge, scopeIds: Set<string>, weights: Map<Intent, number>, context: MaterialContext): RetrievedMaterial[] {
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

