import { z } from "zod";
import { MEDIA_KINDS } from "./media-rules";

// Brazil's states, for the UF select.
export const BRAZIL_STATES = ["AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "textTooLong" })
    .transform((v) => v || null)
    .nullable();

// One unit layout as brokers quote it: "2 quartos (62 m²): a partir de R$ 489.000".
export const typologySchema = z
  .object({
    label: z.string().trim().min(1, { error: "typologyLabelRequired" }).max(60, { error: "textTooLong" }),
    bedrooms: z.number({ error: "bedroomsInvalid" }).int({ error: "bedroomsInvalid" }).min(0, { error: "bedroomsInvalid" }).max(10, { error: "bedroomsInvalid" }),
    suites: z.number({ error: "suitesInvalid" }).int({ error: "suitesInvalid" }).min(0, { error: "suitesInvalid" }).max(10, { error: "suitesInvalid" }).nullable(),
    areaM2: z.number({ error: "areaInvalid" }).positive({ error: "areaInvalid" }).max(10_000, { error: "areaInvalid" }),
    // Whole reais in cents; null: price on request (the broker says so rather than guessing).
    priceFromCents: z.number({ error: "priceInvalid" }).int({ error: "priceInvalid" }).positive({ error: "priceInvalid" }).max(100_000_000_00, { error: "priceInvalid" }).nullable(),
    parkingSpots: z.number({ error: "parkingInvalid" }).int({ error: "parkingInvalid" }).min(0, { error: "parkingInvalid" }).max(20, { error: "parkingInvalid" }).nullable(),
  })
  .refine((t) => t.suites === null || t.suites <= Math.max(t.bedrooms, 1), { error: "suitesAboveBedrooms", path: ["suites"] });
export type Typology = z.infer<typeof typologySchema>;
export const typologiesSchema = z.array(typologySchema).max(20, { error: "tooManyTypologies" });

/** The stored JSON column as typologies; an entry that no longer parses is left out rather than shown wrong. */
export function readTypologies(stored: unknown): Typology[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = typologySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

// A month, not a day: "YYYY-MM" is what <input type="month"> gives and what brokers promise.
export const DELIVERY_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const developmentFieldsSchema = z.object({
  name: z.string().trim().min(2, { error: "nameRequired" }).max(120, { error: "textTooLong" }),
  address: optionalText(200),
  city: optionalText(100),
  state: z.enum(BRAZIL_STATES, { error: "stateInvalid" }).nullable(),
  description: optionalText(2000),
  // The facts below may be left out: absent means "unchanged" on update (and empty on create).
  neighborhood: optionalText(100).optional(),
  typologies: typologiesSchema.optional(),
  deliveryMonth: z
    .string()
    .trim()
    .transform((v) => v || null)
    .nullable()
    .refine((v) => v === null || DELIVERY_MONTH.test(v), { error: "deliveryMonthInvalid" })
    .optional(),
  amenities: z
    .array(z.string().trim().min(1, { error: "amenityEmpty" }).max(80, { error: "textTooLong" }))
    .max(40, { error: "tooManyAmenities" })
    .refine((list) => new Set(list.map((a) => a.toLocaleLowerCase("pt-BR"))).size === list.length, { error: "amenityRepeated" })
    .optional(),
  paymentConditions: optionalText(2000).optional(),
});
export type DevelopmentFields = z.infer<typeof developmentFieldsSchema>;

export const createDevelopmentSchema = developmentFieldsSchema;
export const updateDevelopmentSchema = developmentFieldsSchema.extend({ developmentId: z.string().min(1) });
export const developmentIdSchema = z.object({ developmentId: z.string().min(1) });

export const mediaKindSchema = z.enum(MEDIA_KINDS);
export const mediaIdSchema = z.object({ mediaId: z.string().min(1) });
export const renameMediaSchema = z.object({ mediaId: z.string().min(1), title: z.string().trim().min(1, { error: "titleRequired" }).max(120, { error: "textTooLong" }) });
export const moveMediaSchema = z.object({ mediaId: z.string().min(1), direction: z.enum(["up", "down"]) });
