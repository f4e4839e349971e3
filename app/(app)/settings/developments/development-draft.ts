import type { z } from "zod";
import { BRAZIL_STATES, type Typology } from "@/server/services/developments/development-schemas";

// The form keeps what the user typed (text, "62,5", "489.000"); the schema gets numbers. A field
// that does not read as a number becomes NaN, which the schema refuses with its pt-BR message.

export type TypologyDraft = { key: string; label: string; bedrooms: string; suites: string; areaM2: string; price: string; parkingSpots: string };

export type DevelopmentDraft = {
  name: string;
  address: string;
  neighborhood: string;
  city: string;
  state: string;
  description: string;
  typologies: TypologyDraft[];
  deliveryMonth: string;
  amenities: string[];
  paymentConditions: string;
};

export const EMPTY_DEVELOPMENT: DevelopmentDraft = {
  name: "",
  address: "",
  neighborhood: "",
  city: "",
  state: "",
  description: "",
  typologies: [],
  deliveryMonth: "",
  amenities: [],
  paymentConditions: "",
};

let nextKey = 0;
export const newTypologyKey = () => `typology-${++nextKey}`;
export const emptyTypology = (): TypologyDraft => ({ key: newTypologyKey(), label: "", bedrooms: "", suites: "", areaM2: "", price: "", parkingSpots: "" });

const decimal = new Intl.NumberFormat("pt-BR", { maximumFractionDigits: 2 });
const reais = new Intl.NumberFormat("pt-BR", { maximumFractionDigits: 2 });

/** "62,5" → 62.5; "1.234,5" → 1234.5; "" → null. */
export function readDecimal(text: string): number | null {
  const cleaned = text.replace(/r\$|\s/gi, "");
  if (!cleaned) return null;
  const normalized = cleaned.includes(",") ? cleaned.replace(/\./g, "").replace(",", ".") : /^\d{1,3}(\.\d{3})+$/.test(cleaned) ? cleaned.replace(/\./g, "") : cleaned;
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

const readInteger = (text: string) => {
  const value = readDecimal(text);
  return value === null || Number.isInteger(value) ? value : Number.NaN;
};

export function typologyDraft(typology: Typology): TypologyDraft {
  return {
    key: newTypologyKey(),
    label: typology.label,
    bedrooms: String(typology.bedrooms),
    suites: typology.suites === null ? "" : String(typology.suites),
    areaM2: decimal.format(typology.areaM2),
    price: typology.priceFromCents === null ? "" : reais.format(typology.priceFromCents / 100),
    parkingSpots: typology.parkingSpots === null ? "" : String(typology.parkingSpots),
  };
}

function typologyInput(draft: TypologyDraft) {
  const price = readDecimal(draft.price);
  return {
    label: draft.label,
    bedrooms: readInteger(draft.bedrooms) ?? Number.NaN,
    suites: readInteger(draft.suites),
    areaM2: readDecimal(draft.areaM2) ?? Number.NaN,
    priceFromCents: price === null ? null : Math.round(price * 100),
    parkingSpots: readInteger(draft.parkingSpots),
  };
}

export function toDevelopmentInput(d: DevelopmentDraft) {
  return {
    name: d.name,
    address: d.address,
    neighborhood: d.neighborhood,
    city: d.city,
    state: (BRAZIL_STATES as readonly string[]).includes(d.state) ? (d.state as (typeof BRAZIL_STATES)[number]) : null,
    description: d.description,
    typologies: d.typologies.map(typologyInput),
    deliveryMonth: d.deliveryMonth,
    amenities: d.amenities,
    paymentConditions: d.paymentConditions,
  };
}

/** First issue per field, keyed by its whole path ("typologies.0.areaM2"), as catalogue keys. */
export function developmentErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
  return errors;
}
