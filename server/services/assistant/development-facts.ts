import "server-only";
import { DELIVERY_MONTH, type Typology } from "@/server/services/developments/development-schemas";
import type { DevelopmentKnowledge, FactKind } from "./retrieval-types";

/** A fact before ranking: what `retrieve` scores. */
export type FactCandidate = {
  id: string;
  kind: FactKind;
  developmentId: string;
  developmentName: string;
  text: string;
  typology?: { label: string; bedrooms: number; index: number };
};

// pt-BR as brokers write it: "R$ 489.000", "62 m²", "dezembro de 2027". Intl puts a no-break space
// after "R$"; a plain one reads the same and survives prompts and copy-paste.
const money = new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL", maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("pt-BR", { maximumFractionDigits: 2 });
const monthYear = new Intl.DateTimeFormat("pt-BR", { month: "long", year: "numeric", timeZone: "UTC" });

export const formatPrice = (cents: number) => money.format(Math.round(cents / 100)).replace(/\s/g, " ");
export const formatArea = (m2: number) => `${decimal.format(m2)} m²`;

export function formatDeliveryMonth(month: string): string | null {
  const match = DELIVERY_MONTH.exec(month);
  if (!match) return null;
  return monthYear.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 quartos (62 m², 1 suíte, 1 vaga): a partir de R$ 489.000" */
export function typologySentence(typology: Typology): string {
  const details = [formatArea(typology.areaM2)];
  if (typology.suites && !/su[ií]te/i.test(typology.label)) details.push(plural(typology.suites, "suíte", "suítes"));
  if (typology.parkingSpots !== null) details.push(typology.parkingSpots === 0 ? "sem vaga" : plural(typology.parkingSpots, "vaga", "vagas"));
  const price = typology.priceFromCents === null ? "preço sob consulta" : `a partir de ${formatPrice(typology.priceFromCents)}`;
  return `${typology.label} (${details.join(", ")}): ${price}`;
}

function addressLine(development: DevelopmentKnowledge): string | null {
  const place = [development.city, development.state].filter(Boolean).join("/");
  const street = [development.address, development.neighborhood].filter(Boolean).join(" – ");
  const line = [street, place].filter(Boolean).join(", ");
  return development.address || development.neighborhood ? line : null;
}

/**
 * Every fact the app holds about one development, as sentences a broker can read to the lead.
 * `now` decides between "entrega prevista" and "entregue" for the delivery month.
 */
export function developmentFacts(development: DevelopmentKnowledge, now: Date): FactCandidate[] {
  const base = { developmentId: development.id, developmentName: development.name };
  const name = development.name;
  const facts: FactCandidate[] = [];
  const address = addressLine(development);
  if (address) facts.push({ ...base, id: `${development.id}:address`, kind: "address", text: `${name} — endereço: ${address}` });
  development.typologies.forEach((typology, index) => {
    facts.push({
      ...base,
      id: `${development.id}:typology:${index}`,
      kind: "typology",
      text: `${name} — ${typologySentence(typology)}`,
      typology: { label: typology.label, bedrooms: typology.bedrooms, index },
    });
  });
  const delivery = development.deliveryMonth ? formatDeliveryMonth(development.deliveryMonth) : null;
  if (delivery && development.deliveryMonth) {
    const delivered = development.deliveryMonth < now.toISOString().slice(0, 7);
    facts.push({ ...base, id: `${development.id}:delivery`, kind: "delivery", text: delivered ? `${name} — entregue em ${delivery} (pronto para morar)` : `${name} — entrega prevista: ${delivery}` });
  }
  if (development.amenities.length > 0) facts.push({ ...base, id: `${development.id}:amenities`, kind: "amenities", text: `${name} — lazer: ${development.amenities.join(", ")}` });
  if (development.paymentConditions) facts.push({ ...base, id: `${development.id}:payment`, kind: "payment", text: `${name} — pagamento: ${development.paymentConditions}` });
  if (development.description) facts.push({ ...base, id: `${development.id}:description`, kind: "description", text: `${name} — sobre: ${development.description}` });
  return facts;
}
