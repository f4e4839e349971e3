import { describe, expect, it } from "vitest";
import { factLines } from "./fact-lines";
import { retrieve } from "./retrieve";
import type { AssistantKnowledge, DevelopmentKnowledge } from "./retrieval-types";

const NOW = new Date("2026-12-02T12:00:00Z");

const jardins: DevelopmentKnowledge = {
  id: "dev-j",
  name: "Residencial Jardins",
  address: "Av. das Palmeiras, 1200",
  neighborhood: "Vila Mariana",
  city: "São Paulo",
  state: "SP",
  description: "A 600 m do metrô.",
  typologies: [
    { label: "2 quartos", bedrooms: 2, suites: 1, areaM2: 62, priceFromCents: 489_000_00, parkingSpots: 1 },
    { label: "3 quartos", bedrooms: 3, suites: 1, areaM2: 84.5, priceFromCents: null, parkingSpots: 2 },
  ],
  deliveryMonth: "2027-12",
  amenities: ["Piscina", "Academia"],
  paymentConditions: "Entrada de 10% e saldo na entrega; aceita FGTS.",
};
const marina: DevelopmentKnowledge = { ...jardins, id: "dev-m", name: "Edifício Marina", address: "Rua do Porto, 45", neighborhood: null, city: "Santos", deliveryMonth: "2026-06", amenities: [], paymentConditions: null };

function knowledge(question: string, developments = [jardins], extra: Partial<AssistantKnowledge> = {}): AssistantKnowledge {
  return {
    developments,
    developmentSource: "lead",
    materials: [
      { id: "plan-2", developmentId: "dev-j", kind: "FLOOR_PLAN", title: "Planta 2 dormitórios", fileName: "p2.pdf" },
      { id: "plan-3", developmentId: "dev-j", kind: "FLOOR_PLAN", title: "Planta 3 dormitórios", fileName: "p3.pdf" },
      { id: "prices", developmentId: "dev-j", kind: "PRICE_TABLE", title: "Tabela de preços", fileName: "t.pdf" },
      { id: "photo", developmentId: "dev-j", kind: "PHOTO", title: "Fachada", fileName: "f.png" },
      { id: "marina-prices", developmentId: "dev-m", kind: "PRICE_TABLE", title: "Tabela Marina", fileName: "tm.pdf" },
    ],
    standardMessages: [{ id: "visit", title: "Agendar visita", body: "Vamos agendar uma visita ao decorado?", personal: false }],
    recentMessages: [{ direction: "INBOUND", text: question }],
    ...extra,
  };
}

describe("retrieve", () => {
  it("answers a price question with the asked typology first, as a sentence a broker can read, and the price table", () => {
    const result = retrieve(knowledge("qnto ta o de 2q?"), { now: NOW });
    expect(result.intents[0]).toBe("price");
    expect(result.bedrooms).toBe(2);
    expect(result.facts[0]).toMatchObject({ ref: "F1", id: "dev-j:typology:0", kind: "typology", text: "Residencial Jardins — 2 quartos (62 m², 1 suíte, 1 vaga): a partir de R$ 489.000" });
    expect(result.facts.map((f) => f.ref)).toEqual(result.facts.map((_, i) => `F${i + 1}`));
    expect(factLines(result.facts).split("\n")[0]).toBe("[F1] Residencial Jardins — 2 quartos (62 m², 1 suíte, 1 vaga): a partir de R$ 489.000");
    expect(result.materials[0]?.id).toBe("prices");
    expect(result.unanswered).toEqual([]);
  });

  it("reads bedrooms written out and proposes that floor plan first", () => {
    const result = retrieve(knowledge("tem a planta do de três dormitórios?"), { now: NOW });
    expect(result.facts[0]?.text).toBe("Residencial Jardins — 3 quartos (84,5 m², 1 suíte, 2 vagas): preço sob consulta");
    expect(result.materials[0]?.id).toBe("plan-3");
  });

  it("says what the app does not hold instead of offering a near fact", () => {
    const fee = retrieve(knowledge("qual o valor do condominio?"), { now: NOW });
    expect(fee.facts).toEqual([]);
    expect(fee.materials).toEqual([]);
    expect(fee.unanswered).toEqual([expect.objectContaining({ topic: "condo_fee", text: expect.stringContaining("Confirme antes de responder") })]);

    const four = retrieve(knowledge("vcs tem de 4 quartos?"), { now: NOW });
    expect(four.unanswered).toEqual([expect.objectContaining({ topic: "typology", detail: "4 quartos" })]);
    expect(four.facts.some((f) => f.kind === "typology")).toBe(true);

    const noAmenities = retrieve(knowledge("tem piscina?", [marina]), { now: NOW });
    expect(noAmenities.facts).toEqual([]);
    expect(noAmenities.unanswered.map((u) => u.topic)).toContain("amenities");
  });

  it("picks the development the lead names, and reads a past delivery month as delivered", () => {
    const result = retrieve(knowledge("e o marina, quando fica pronto?", [jardins, marina]), { now: NOW });
    expect(result.development).toEqual({ id: "dev-m", name: "Edifício Marina", chosenBy: "named" });
    expect(result.facts[0]?.text).toBe("Edifício Marina — entregue em junho de 2026 (pronto para morar)");
  });

  it("takes the development last named in the conversation when the lead has several", () => {
    const result = retrieve(
      knowledge("qual o endereço?", [jardins, marina], {
        recentMessages: [
          { direction: "INBOUND", text: "Quero saber do Marina" },
          { direction: "OUTBOUND", text: "Claro!" },
          { direction: "INBOUND", text: "qual o endereço?" },
        ],
      }),
      { now: NOW },
    );
    expect(result.development?.chosenBy).toBe("conversation");
    expect(result.facts[0]?.text).toBe("Edifício Marina — endereço: Rua do Porto, 45, Santos/SP");
  });

  it("reads a short yes as accepting what the broker offered", () => {
    const result = retrieve(
      knowledge("", [jardins], {
        recentMessages: [
          { direction: "OUTBOUND", text: "Posso te mandar a planta e a tabela?" },
          { direction: "INBOUND", text: "pode sim, obrigada" },
        ],
      }),
      { now: NOW },
    );
    expect(result.materials.map((m) => m.kind)).toEqual(expect.arrayContaining(["FLOOR_PLAN", "PRICE_TABLE"]));
  });

  it("proposes nothing for greetings, off-topic or rude messages, and suggests the visit message for a visit", () => {
    for (const text of ["oi boa tarde", "vc viu o jogo ontem?", "que porcaria, para de me mandar msg"]) {
      const result = retrieve(knowledge(text), { now: NOW });
      expect(result.facts, text).toEqual([]);
      expect(result.materials, text).toEqual([]);
    }
    expect(retrieve(knowledge("vc viu o jogo ontem?"), { now: NOW }).intents).toEqual(["off_topic"]);
    expect(retrieve(knowledge("que porcaria"), { now: NOW }).intents).toContain("rude");
    const visit = retrieve(knowledge("quero agendar uma visita"), { now: NOW });
    expect(visit.facts[0]?.kind).toBe("address");
    expect(visit.standardMessages[0]?.id).toBe("visit");
  });
});
