import { MediaKind } from "../../generated/prisma/enums";
import type { DevelopmentFactsSpec, MediaSpec } from "./catalog";

// What the demo's brokers can answer from, as plain data: the seed writes it, and the assistant's
// evaluation (server/services/assistant/eval) scores retrieval against these same facts, materials
// and standard messages.
export type DemoDevelopment = DevelopmentFactsSpec & { name: string; address: string; city: string; media: MediaSpec[] };

export const JARDINS: DemoDevelopment = {
  name: "Residencial Jardins",
  address: "Av. das Palmeiras, 1200",
  neighborhood: "Vila Mariana",
  city: "São Paulo",
  description: "Condomínio-clube com duas torres de 18 andares, a 600 m da estação Santa Cruz do metrô.",
  typologies: [
    { label: "2 quartos", bedrooms: 2, suites: 1, areaM2: 62, priceFromCents: 489_000_00, parkingSpots: 1 },
    { label: "3 quartos", bedrooms: 3, suites: 1, areaM2: 84, priceFromCents: 689_000_00, parkingSpots: 2 },
    { label: "Cobertura 3 suítes", bedrooms: 3, suites: 3, areaM2: 142, priceFromCents: 1_290_000_00, parkingSpots: 2 },
  ],
  deliveryMonth: "2027-12",
  amenities: ["Piscina adulto e infantil", "Academia", "Salão de festas", "Churrasqueira", "Playground", "Brinquedoteca", "Pet place", "Coworking", "Bicicletário"],
  paymentConditions:
    "Entrada de 10% em até 6 vezes, parcelas mensais durante a obra e saldo financiado na entrega das chaves (financiamento bancário, aceita FGTS). Não se enquadra no Minha Casa Minha Vida.",
  media: [
    { kind: MediaKind.PHOTO, title: "Fachada" },
    { kind: MediaKind.FLOOR_PLAN, title: "Planta 2 dormitórios" },
    { kind: MediaKind.FLOOR_PLAN, title: "Planta 3 dormitórios" },
    { kind: MediaKind.PRICE_TABLE, title: "Tabela de preços" },
    { kind: MediaKind.CAMPAIGN, title: "Campanha de lançamento" },
    { kind: MediaKind.PHOTO, title: "Área de lazer" },
  ],
};

export const MARINA: DemoDevelopment = {
  name: "Edifício Marina",
  address: "Rua do Porto, 45",
  neighborhood: "Ponta da Praia",
  city: "Santos",
  description: "Torre única a uma quadra da praia, com vista para o canal do porto nos andares altos.",
  typologies: [
    { label: "1 quarto", bedrooms: 1, suites: null, areaM2: 42, priceFromCents: 365_000_00, parkingSpots: 1 },
    { label: "2 quartos", bedrooms: 2, suites: 1, areaM2: 68, priceFromCents: 540_000_00, parkingSpots: 1 },
    { label: "3 quartos", bedrooms: 3, suites: 2, areaM2: 98, priceFromCents: 890_000_00, parkingSpots: 2 },
  ],
  deliveryMonth: "2028-03",
  amenities: ["Piscina com vista para o mar", "Academia", "Sauna", "Salão de festas", "Espaço gourmet", "Lavanderia", "Bicicletário"],
  paymentConditions: "Entrada a partir de 20% e saldo em até 36 parcelas direto com a construtora, ou financiamento bancário na entrega. Aceita FGTS.",
  media: [
    { kind: MediaKind.PHOTO, title: "Fachada" },
    { kind: MediaKind.PHOTO, title: "Piscina com vista para o mar" },
    { kind: MediaKind.FLOOR_PLAN, title: "Planta 1 dormitório" },
    { kind: MediaKind.FLOOR_PLAN, title: "Planta 2 dormitórios" },
    { kind: MediaKind.FLOOR_PLAN, title: "Planta 3 dormitórios" },
    { kind: MediaKind.PRICE_TABLE, title: "Tabela de preços" },
  ],
};

export const DEMO_STANDARD_MESSAGES = [
  { title: "Boas-vindas", body: "Olá {{nome_cliente}}! Aqui é {{nome_atendente}}, do {{nome_empreendimento}}. Como posso ajudar?" },
  { title: "Agendar visita", body: "Que tal agendarmos uma visita ao decorado esta semana? Tenho horários na quinta e no sábado." },
  { title: "Simulação de financiamento", body: "Posso fazer uma simulação de financiamento para você: me diga a renda familiar e quanto pretende dar de entrada (o FGTS pode entrar)." },
] as const;

export const DEMO_PERSONAL_STANDARD_MESSAGE = { title: "Minha assinatura", body: "Qualquer dúvida, é só chamar. {{nome_atendente}} — corretora" } as const;
