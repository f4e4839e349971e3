import "server-only";
import { z } from "zod";

// What the broker saves from "Qualificar com IA" (or edits by hand): each field present is set
// (null clears it), each absent one is left as it is.
const text = z
  .string()
  .trim()
  .max(200)
  .transform((value) => value || null)
  .nullable()
  .optional();
const reais = z.number().int().min(0).max(2_000_000_000).nullable().optional();

export const saveQualificationInput = z.object({
  leadId: z.string().min(1).max(64),
  interest: text,
  interestDevelopmentId: z.string().min(1).max(64).nullable().optional(),
  bedrooms: z.number().int().min(0).max(20).nullable().optional(),
  budgetMin: reais,
  budgetMax: reais,
  financing: z.enum(["YES", "NO", "UNKNOWN"]).nullable().optional(),
  visitWanted: z.boolean().nullable().optional(),
  visitWhen: text,
  /** Whether the values came from the assistant's proposal (confirmed or edited) or were typed. */
  source: z.enum(["assistant", "manual"]).default("assistant"),
});

export type SaveQualificationInput = z.input<typeof saveQualificationInput>;

export const QUALIFICATION_FIELDS = ["interest", "interestDevelopmentId", "bedrooms", "budgetMin", "budgetMax", "financing", "visitWanted", "visitWhen"] as const;
export type QualificationField = (typeof QUALIFICATION_FIELDS)[number];
