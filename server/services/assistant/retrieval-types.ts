import "server-only";
import type { MediaKindName } from "@/server/services/developments/media-rules";
import type { Typology } from "@/server/services/developments/development-schemas";

// ── What the app holds for one conversation (load-assistant-knowledge.ts reads it; the eval builds
// it from plain data). Nothing here is generated: every fact retrieval returns is built from it.

export type DevelopmentKnowledge = {
  id: string;
  name: string;
  address: string | null;
  neighborhood: string | null;
  city: string | null;
  state: string | null;
  description: string | null;
  typologies: Typology[];
  /** "YYYY-MM" */
  deliveryMonth: string | null;
  amenities: string[];
  paymentConditions: string | null;
};

export type MaterialKnowledge = {
  id: string;
  /** null: a material of the channel or the lead that belongs to no development. */
  developmentId: string | null;
  kind: MediaKindName;
  title: string;
  fileName: string;
};

export type StandardMessageKnowledge = { id: string; title: string; body: string; personal: boolean };

export type ConversationLine = { direction: "INBOUND" | "OUTBOUND"; text: string };

export type AssistantKnowledge = {
  /** The lead's developments, else the channel's; most relevant first. */
  developments: DevelopmentKnowledge[];
  developmentSource: "lead" | "channel" | "none";
  /** The developments' materials and those linked to the channel or the lead, each once. */
  materials: MaterialKnowledge[];
  /** Global ones and the broker's own. */
  standardMessages: StandardMessageKnowledge[];
  /** The conversation's recent text, oldest first (the lead's question is usually the last INBOUND lines). */
  recentMessages: ConversationLine[];
};

// ── What retrieval answers.

/** What the lead asked about, strongest first. `general` is interest with no specific subject. */
export type Intent =
  | "price"
  | "address"
  | "layout"
  | "financing"
  | "visit"
  | "amenities"
  | "delivery"
  | "general"
  | "greeting"
  | "off_topic"
  | "rude";

/**
 * - `address`: street, neighbourhood, city ("Av. das Palmeiras, 1200 – Vila Mariana, São Paulo/SP")
 * - `typology`: one unit layout with area, suites, parking and starting price
 * - `delivery`: the delivery month
 * - `amenities`: the leisure list
 * - `payment`: entrada, parcelas, FGTS, financing, as the broker wrote them
 * - `description`: the development's own summary
 */
export type FactKind = "address" | "typology" | "delivery" | "amenities" | "payment" | "description";

/**
 * One thing the app holds, as a short pt-BR sentence a broker can read to the lead as is.
 * `ref` is stable within one result ("F1", "F2"… in rank order): a prompt lists the facts as lines
 * `[F1] <text>` and asks the model to cite the refs it used; the UI shows the same lines.
 */
export type RetrievedFact = {
  ref: string;
  /** Stable across calls: `<developmentId>:<kind>` or `<developmentId>:typology:<index>`. */
  id: string;
  kind: FactKind;
  developmentId: string;
  developmentName: string;
  text: string;
  /** For `typology` facts: which layout. */
  typology?: { label: string; bedrooms: number };
  score: number;
};

export type RetrievedMaterial = {
  id: string;
  kind: MediaKindName;
  title: string;
  fileName: string;
  developmentId: string | null;
  /** pt-BR: why it fits ("Planta para a pergunta sobre 2 quartos"). */
  reason: string;
  score: number;
};

export type RetrievedStandardMessage = { id: string; title: string; body: string; personal: boolean; score: number };

/**
 * Something the lead asked that the app holds no fact for: whoever answers must not invent it
 * (the broker checks, or says they will find out). `topic` is a stable code, `text` a pt-BR note.
 */
export type UnansweredTopic = { topic: UnansweredCode; detail?: string; developmentName?: string; text: string };

export type UnansweredCode =
  | "condo_fee"
  | "property_tax"
  | "trade_in"
  | "rental"
  | "closing_costs"
  | "pets"
  | "availability"
  | "typology"
  | "detail"
  | "price"
  | "address"
  | "delivery"
  | "amenities"
  | "financing";

export type Retrieval = {
  /** The lead text that was analysed (the last inbound messages). */
  question: string;
  intents: Intent[];
  /** The development the question is about; null when the app links none. */
  development: { id: string; name: string; chosenBy: "named" | "only" | "conversation" | "first" } | null;
  /** Bedrooms the lead mentioned ("2 quartos", "dois dormitórios", "2q"). */
  bedrooms: number | null;
  /** Ranked, best first; `ref` numbers them in this order. Empty for greetings, off-topic and rude messages. */
  facts: RetrievedFact[];
  materials: RetrievedMaterial[];
  standardMessages: RetrievedStandardMessage[];
  /** Non-empty when (part of) the question has no answer in the app. */
  unanswered: UnansweredTopic[];
};
