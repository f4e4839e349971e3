import "server-only";
import type { MediaKindName } from "@/server/services/developments/media-rules";
import type { FactKind } from "../retrieval-types";

// Lead messages written for this project, as leads type them on WhatsApp (typos, no accents, "vc",
// "qto", "2q"). Each states what a broker would want the app to put in front of them. Written before
// the retrieval was tuned; a failing case is a retrieval bug to fix, never a case to rewrite.

export type EvalLead = "jardins" | "marina" | "both";

export type EvalCase = {
  id: string;
  /** Which demo developments the lead is linked to (the eval's fixture knowledge). */
  lead: EvalLead;
  /** The lead's last messages, oldest first. */
  messages: string[];
  /** What the conversation said before, when the question only makes sense with it. */
  history?: { direction: "INBOUND" | "OUTBOUND"; text: string }[];
  expect: {
    development?: "Residencial Jardins" | "Edifício Marina";
    /** Kinds that must all be among the top 3 facts; [] means no fact at all may be proposed; "any" says nothing. */
    facts: FactKind[] | "any";
    /** A typology fact for this many bedrooms, or with this label, must be the first typology in the top 3. */
    bedrooms?: number;
    typologyLabel?: string;
    /** Kinds that must all be among the top 3 materials, one of them, none at all, or no expectation. */
    material: { all: readonly MediaKindName[] } | { anyOf: readonly MediaKindName[] } | "none" | "any";
    /** The app holds no answer to (part of) the question: retrieval must say so. */
    unanswered?: boolean;
    standardMessage?: string;
  };
};

const price = { all: ["PRICE_TABLE"] } as const satisfies EvalCase["expect"]["material"];
const plan = { all: ["FLOOR_PLAN"] } as const satisfies EvalCase["expect"]["material"];
const pictures = { anyOf: ["PHOTO", "CAMPAIGN", "VIDEO"] } as const satisfies EvalCase["expect"]["material"];

export const EVAL_CASES: EvalCase[] = [
  // Price
  { id: "price-2q", lead: "jardins", messages: ["qual o valor do 2 quartos?"], expect: { facts: ["typology"], bedrooms: 2, material: price } },
  { id: "price-3qtos-abbrev", lead: "jardins", messages: ["qnto ta o ap de 3 qtos?"], expect: { facts: ["typology"], bedrooms: 3, material: price } },
  { id: "price-generic", lead: "jardins", messages: ["oi, quanto custa?"], expect: { facts: ["typology"], material: price } },
  { id: "price-table", lead: "jardins", messages: ["me manda a tabela por favor"], expect: { facts: ["typology"], material: price } },
  { id: "price-penthouse", lead: "jardins", messages: ["Boa noite! Qual o preço da cobertura?"], expect: { facts: ["typology"], typologyLabel: "Cobertura 3 suítes", material: price } },
  { id: "price-typo-apto", lead: "jardins", messages: ["qto custa o apto d 2 quartos"], expect: { facts: ["typology"], bedrooms: 2, material: price } },
  { id: "price-words-number", lead: "jardins", messages: ["dois dormitórios sai por quanto?"], expect: { facts: ["typology"], bedrooms: 2, material: price } },
  { id: "price-per-m2", lead: "jardins", messages: ["quanto ta o metro quadrado ai?"], expect: { facts: ["typology"], material: price } },
  { id: "price-marina-1q", lead: "marina", messages: ["qual o valor do apartamento de 1 quarto?"], expect: { development: "Edifício Marina", facts: ["typology"], bedrooms: 1, material: price } },
  { id: "price-both-named", lead: "both", messages: ["quanto custa o 3 quartos do marina?"], expect: { development: "Edifício Marina", facts: ["typology"], bedrooms: 3, material: price } },
  { id: "price-multi-message", lead: "jardins", messages: ["oi", "vi o jardins no insta", "qnto ta o de 2 qtos?"], expect: { development: "Residencial Jardins", facts: ["typology"], bedrooms: 2, material: price } },
  { id: "price-and-size-2q", lead: "jardins", messages: ["qnto é o de 2q e qual a metragem"], expect: { facts: ["typology"], bedrooms: 2, material: { all: ["PRICE_TABLE", "FLOOR_PLAN"] } } },

  // Address and location
  { id: "address-where", lead: "jardins", messages: ["onde fica o empreendimento?"], expect: { facts: ["address"], material: "none" } },
  { id: "address-want-to-go", lead: "jardins", messages: ["qual o endereço? quero passar la pra ver"], expect: { facts: ["address"], material: "none" } },
  { id: "location-metro", lead: "jardins", messages: ["fica perto do metro?"], expect: { facts: ["description"], material: "none" } },
  { id: "address-neighbourhood", lead: "marina", messages: ["q bairro fica o marina?"], expect: { development: "Edifício Marina", facts: ["address"], material: "none" } },
  { id: "address-both-named", lead: "both", messages: ["e o jardins, fica onde?"], expect: { development: "Residencial Jardins", facts: ["address"], material: "none" } },

  // Layout, sizes, floor plans
  { id: "plan-2dorm", lead: "jardins", messages: ["tem planta do 2 dorm?"], expect: { facts: ["typology"], bedrooms: 2, material: plan } },
  { id: "size-3q", lead: "jardins", messages: ["qual a metragem do de 3 quartos"], expect: { facts: ["typology"], bedrooms: 3, material: plan } },
  { id: "size-generic", lead: "jardins", messages: ["quantos m2 tem o apto?"], expect: { facts: ["typology"], material: plan } },
  { id: "suite", lead: "jardins", messages: ["tem opção com suite?"], expect: { facts: ["typology"], material: plan } },
  { id: "plan-marina-2dorm", lead: "marina", messages: ["manda a planta do de 2 dormitorios pfv"], expect: { facts: ["typology"], bedrooms: 2, material: plan } },
  { id: "penthouse-size", lead: "jardins", messages: ["e a cobertura, tem quantos m²?"], expect: { facts: ["typology"], typologyLabel: "Cobertura 3 suítes", material: "any" } },
  { id: "four-bedrooms", lead: "jardins", messages: ["vcs tem algo de 4 quartos?"], expect: { facts: ["typology"], material: "any", unanswered: true } },
  { id: "studio", lead: "jardins", messages: ["vcs tem studio?"], expect: { facts: ["typology"], material: "any", unanswered: true } },

  // Financing and payment
  { id: "financing-fgts", lead: "jardins", messages: ["da pra financiar? aceita fgts?"], expect: { facts: ["payment"], material: price } },
  { id: "down-payment-installments", lead: "jardins", messages: ["qual a entrada? e as parcelas fica qnto?"], expect: { facts: ["payment"], material: price } },
  { id: "mcmv", lead: "jardins", messages: ["é minha casa minha vida?"], expect: { facts: ["payment"], material: price } },
  { id: "financing-caixa", lead: "marina", messages: ["aceita financiamento pela caixa?"], expect: { facts: ["payment"], material: price } },
  { id: "financing-typo", lead: "marina", messages: ["tem financiamnto?"], expect: { facts: ["payment"], material: price } },
  { id: "down-payment-value", lead: "jardins", messages: ["Qual o valor da entrada?"], expect: { facts: ["payment"], material: price } },

  // Visits
  { id: "visit-decorado", lead: "jardins", messages: ["quero agendar uma visita no decorado"], expect: { facts: ["address"], material: "none", standardMessage: "Agendar visita" } },
  { id: "visit-saturday", lead: "jardins", messages: ["posso ir conhecer sabado?"], expect: { facts: ["address"], material: "none", standardMessage: "Agendar visita" } },
  { id: "visit-marina", lead: "marina", messages: ["quero ver o decorado, da pra marcar?"], expect: { facts: ["address"], material: "none", standardMessage: "Agendar visita" } },

  // Amenities
  { id: "amenity-pool", lead: "jardins", messages: ["tem piscina?"], expect: { facts: ["amenities"], material: pictures } },
  { id: "amenity-leisure", lead: "jardins", messages: ["como é a area de lazer"], expect: { facts: ["amenities"], material: pictures } },
  { id: "amenity-gym-sauna", lead: "marina", messages: ["tem academia e sauna?"], expect: { facts: ["amenities"], material: pictures } },

  // Delivery
  { id: "delivery-ready", lead: "jardins", messages: ["quando fica pronto?"], expect: { facts: ["delivery"], material: "none" } },
  { id: "delivery-forecast", lead: "jardins", messages: ["previsao de entrega?"], expect: { facts: ["delivery"], material: "none" } },
  { id: "delivery-marina", lead: "marina", messages: ["qual o prazo de entrega do marina"], expect: { development: "Edifício Marina", facts: ["delivery"], material: "none" } },
  { id: "delivery-which-first", lead: "both", messages: ["qual dos dois fica pronto primeiro?"], expect: { facts: ["delivery"], material: "none" } },

  // General interest
  { id: "interest-ad", lead: "jardins", messages: ["vi o anuncio no insta, quero saber mais"], expect: { facts: ["description"], material: pictures } },
  { id: "interest-marina", lead: "marina", messages: ["boa tarde, tudo bem? gostaria de mais informações sobre o edificio marina"], expect: { development: "Edifício Marina", facts: ["description"], material: pictures } },
  {
    id: "yes-to-offer",
    lead: "jardins",
    history: [
      { direction: "INBOUND", text: "Oi! Vi o anúncio do Residencial Jardins. Ainda tem unidade de 2 dormitórios?" },
      { direction: "OUTBOUND", text: "Olá, Maria! Tem sim. Posso te mandar a planta e a tabela?" },
    ],
    messages: ["Pode sim, obrigada!"],
    expect: { facts: "any", material: { all: ["FLOOR_PLAN", "PRICE_TABLE"] } },
  },

  // Greetings, off-topic, rude: nothing to propose
  { id: "greeting", lead: "jardins", messages: ["oi bom dia"], expect: { facts: [], material: "none" } },
  { id: "thanks", lead: "marina", messages: ["ok obrigado"], expect: { facts: [], material: "none" } },
  { id: "off-topic-football", lead: "jardins", messages: ["vc torce pra qual time kkkk"], expect: { facts: [], material: "none" } },
  { id: "rude-stop", lead: "jardins", messages: ["para de me mandar msg, que saco"], expect: { facts: [], material: "none" } },
  { id: "rude-scam", lead: "marina", messages: ["isso é golpe ne? ninguem responde essa porcaria"], expect: { facts: [], material: "none" } },

  // Questions the app holds no answer to
  { id: "condo-fee", lead: "jardins", messages: ["qual o valor do condominio?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "iptu", lead: "jardins", messages: ["e o iptu, quanto fica?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "condo-fee-and-iptu-marina", lead: "marina", messages: ["quanto é a taxa de condominio do marina e o iptu?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "trade-in", lead: "jardins", messages: ["aceita permuta? tenho um ap em sp"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "rental", lead: "marina", messages: ["vcs trabalham com aluguel?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "gourmet-balcony", lead: "jardins", messages: ["tem varanda gourmet?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "elevator", lead: "marina", messages: ["o predio tem elevador?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "covered-parking", lead: "jardins", messages: ["a vaga de garagem é coberta?"], expect: { facts: ["typology"], material: "any", unanswered: true } },

  // Second batch, written after the first retrieval ran, to check it on phrasings it was not built around.
  { id: "b2-price-cheapest", lead: "marina", messages: ["qual o mais barato q vcs tem?"], expect: { facts: ["typology"], material: price } },
  { id: "b2-price-3dorms-caps", lead: "jardins", messages: ["BOM DIA QUERIA SABER O VALOR DO DE 3 DORMITORIOS"], expect: { facts: ["typology"], bedrooms: 3, material: price } },
  { id: "b2-price-budget", lead: "marina", messages: ["tenho uns 400 mil, da pra comprar algum?"], expect: { facts: ["typology"], material: price } },
  { id: "b2-address-maps", lead: "marina", messages: ["me passa a localização no maps"], expect: { facts: ["address"], material: "none" } },
  { id: "b2-address-beach", lead: "marina", messages: ["fica longe da praia?"], expect: { facts: ["description"], material: "none" } },
  { id: "b2-layout-bathrooms", lead: "jardins", messages: ["o de 3 quartos tem quantos banheiros?"], expect: { facts: ["typology"], bedrooms: 3, material: "any", unanswered: true } },
  { id: "b2-layout-parking", lead: "marina", messages: ["quantas vagas tem o de 3 dorm?"], expect: { facts: ["typology"], bedrooms: 3, material: "any" } },
  { id: "b2-financing-income", lead: "jardins", messages: ["ganho 8 mil por mes, consigo financiar?"], expect: { facts: ["payment"], material: price, standardMessage: "Simulação de financiamento" } },
  { id: "b2-financing-direct", lead: "marina", messages: ["parcela direto com a construtora?"], expect: { facts: ["payment"], material: price } },
  { id: "b2-visit-today", lead: "marina", messages: ["da pra visitar hj a tarde?"], expect: { facts: ["address"], material: "none", standardMessage: "Agendar visita" } },
  { id: "b2-amenities-kids", lead: "jardins", messages: ["tenho 2 filhos pequenos, tem playground e brinquedoteca?"], expect: { facts: ["amenities"], material: pictures } },
  { id: "b2-amenities-bbq-marina", lead: "marina", messages: ["tem churrasqueira?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "b2-delivery-keys", lead: "jardins", messages: ["quando recebo as chaves?"], expect: { facts: ["delivery"], material: "none" } },
  { id: "b2-general-photos", lead: "jardins", messages: ["tem fotos?"], expect: { facts: "any", material: { anyOf: ["PHOTO"] } } },
  { id: "b2-off-topic-weather", lead: "marina", messages: ["ta chovendo muito ai em santos?"], expect: { facts: [], material: "none" } },
  { id: "b2-rude-spam", lead: "jardins", messages: ["vcs sao chatos demais, me tira dessa lista"], expect: { facts: [], material: "none" } },
  { id: "b2-unanswered-floor", lead: "marina", messages: ["quantos andares tem o predio?"], expect: { facts: [], material: "none", unanswered: true } },
  { id: "b2-unanswered-units-left", lead: "jardins", messages: ["ainda tem unidade disponivel no andar alto?"], expect: { facts: "any", material: "any", unanswered: true } },

  // Third batch, written after the second was fixed, same rule.
  { id: "b3-price-cheapest-both", lead: "both", messages: ["qual o valor do mais barato de cada um?"], expect: { facts: ["typology"], material: price } },
  { id: "b3-price-tabela-atualizada", lead: "marina", messages: ["Oi Bruno, tem tabela atualizada do marina?"], expect: { development: "Edifício Marina", facts: ["typology"], material: price } },
  { id: "b3-layout-biggest", lead: "jardins", messages: ["qual a maior metragem?"], expect: { facts: ["typology"], material: plan } },
  { id: "b3-address-street", lead: "jardins", messages: ["qual a rua?"], expect: { facts: ["address"], material: "none" } },
  { id: "b3-financing-fgts-entrada", lead: "marina", messages: ["posso usar meu fgts na entrada?"], expect: { facts: ["payment"], material: price } },
  { id: "b3-visit-weekend", lead: "jardins", messages: ["o decorado abre fim de semana?"], expect: { facts: ["address"], material: "none", standardMessage: "Agendar visita" } },
  { id: "b3-delivery-year", lead: "marina", messages: ["fica pronto em que ano?"], expect: { facts: ["delivery"], material: "none" } },
  { id: "b3-amenities-list", lead: "marina", messages: ["o que tem de lazer no condominio?"], expect: { facts: ["amenities"], material: pictures } },
  { id: "b3-general-send-everything", lead: "jardins", messages: ["me manda tudo q vc tiver sobre o jardins"], expect: { development: "Residencial Jardins", facts: ["description"], material: pictures } },
  { id: "b3-greeting-evening", lead: "marina", messages: ["boa noite"], expect: { facts: [], material: "none" } },
  { id: "b3-rude-caps", lead: "jardins", messages: ["PAREM DE ME LIGAR"], expect: { facts: [], material: "none" } },
  { id: "b3-unanswered-itbi", lead: "jardins", messages: ["quanto fica o itbi e a escritura?"], expect: { facts: [], material: "none", unanswered: true } },
];
