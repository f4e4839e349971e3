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

export const developmentFieldsSchema = z.object({
  name: z.string().trim().min(2, { error: "nameRequired" }).max(120, { error: "textTooLong" }),
  address: optionalText(200),
  city: optionalText(100),
  state: z.enum(BRAZIL_STATES, { error: "stateInvalid" }).nullable(),
  description: optionalText(2000),
});
export type DevelopmentFields = z.infer<typeof developmentFieldsSchema>;

export const createDevelopmentSchema = developmentFieldsSchema;
export const updateDevelopmentSchema = developmentFieldsSchema.extend({ developmentId: z.string().min(1) });
export const developmentIdSchema = z.object({ developmentId: z.string().min(1) });

export const mediaKindSchema = z.enum(MEDIA_KINDS);
export const mediaIdSchema = z.object({ mediaId: z.string().min(1) });
export const renameMediaSchema = z.object({ mediaId: z.string().min(1), title: z.string().trim().min(1, { error: "titleRequired" }).max(120, { error: "textTooLong" }) });
export const moveMediaSchema = z.object({ mediaId: z.string().min(1), direction: z.enum(["up", "down"]) });
