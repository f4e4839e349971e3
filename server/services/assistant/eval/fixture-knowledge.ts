import "server-only";
import { DEMO_PERSONAL_STANDARD_MESSAGE, DEMO_STANDARD_MESSAGES, JARDINS, MARINA, type DemoDevelopment } from "@/prisma/seed/demo-knowledge";
import type { AssistantKnowledge, DevelopmentKnowledge, MaterialKnowledge } from "../retrieval-types";
import type { EvalCase, EvalLead } from "./cases";

// The demo's developments as the eval's knowledge base: the same facts and materials the seed
// writes (prisma/seed/demo-knowledge.ts), with stable ids and no database.

function development(id: string, demo: DemoDevelopment): { development: DevelopmentKnowledge; materials: MaterialKnowledge[] } {
  return {
    development: {
      id,
      name: demo.name,
      address: demo.address,
      neighborhood: demo.neighborhood ?? null,
      city: demo.city,
      state: "SP",
      description: demo.description ?? null,
      typologies: demo.typologies ?? [],
      deliveryMonth: demo.deliveryMonth ?? null,
      amenities: demo.amenities ?? [],
      paymentConditions: demo.paymentConditions ?? null,
    },
    materials: demo.media.map((m, i) => ({ id: `${id}-media-${i}`, developmentId: id, kind: m.kind, title: m.title, fileName: `${m.title}.pdf` })),
  };
}

const DEVELOPMENTS = { jardins: development("jardins", JARDINS), marina: development("marina", MARINA) };
const LEAD_DEVELOPMENTS: Record<EvalLead, (keyof typeof DEVELOPMENTS)[]> = { jardins: ["jardins"], marina: ["marina"], both: ["jardins", "marina"] };

export function fixtureKnowledge(evalCase: Pick<EvalCase, "lead" | "messages" | "history">): AssistantKnowledge {
  const linked = LEAD_DEVELOPMENTS[evalCase.lead].map((key) => DEVELOPMENTS[key]);
  return {
    developments: linked.map((d) => d.development),
    developmentSource: "lead",
    materials: linked.flatMap((d) => d.materials),
    standardMessages: [
      ...DEMO_STANDARD_MESSAGES.map((m, i) => ({ id: `standard-${i}`, title: m.title, body: m.body, personal: false })),
      { id: "standard-personal", ...DEMO_PERSONAL_STANDARD_MESSAGE, personal: true },
    ],
    recentMessages: [...(evalCase.history ?? []), ...evalCase.messages.map((text) => ({ direction: "INBOUND" as const, text }))],
  };
}
