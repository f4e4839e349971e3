import "server-only";
import { z } from "zod";
import type { FinancingIntent } from "@/generated/prisma/enums";
import { parseModelJson } from "./model-json";
import type { DevelopmentContext } from "./summary-prompt";

// TAREFA: qualificacao — the lead's qualification fields as the model reads them from the
// conversation, each with its confidence. Nothing here is saved: the broker confirms or edits each
// field first (server/services/leads/save-qualification.ts).

export type Proposed<T> = { value: T; confidence: number } | null;

export type QualificationFields = {
  interest: Proposed<string>;
  bedrooms: Proposed<number>;
  budgetMin: Proposed<number>;
  budgetMax: Proposed<number>;
  financing: Proposed<FinancingIntent>;
  visitWanted: Proposed<boolean>;
  visitWhen: Proposed<string>;
};

export const QUALIFICATION_KEYS = ["interest", "bedrooms", "budgetMin", "budgetMax", "financing", "visitWanted", "visitWhen"] as const;

export function buildQualificationPrompt(input: { lines: string[]; developments: DevelopmentContext[] }): { system: string; prompt: string } {
  const system = [
    "TAREFA: qualificacao",
    "Você lê a conversa de WhatsApp entre um lead e um corretor de imóveis e extrai a qualificação do lead.",
    "Responda somente com um objeto JSON com estas chaves; cada uma é {\"value\": …, \"confidence\": número de 0 a 1} ou null quando a conversa não diz:",
    '- "interest": o que o lead procura (tipo de imóvel, empreendimento, finalidade), em poucas palavras',
    '- "bedrooms": número de quartos (inteiro)',
    '- "budgetMin" e "budgetMax": orçamento em reais (número inteiro, sem R$)',
    '- "financing": true se vai financiar (financiamento, FGTS, carta de crédito), false se paga à vista',
    '- "visitWanted": true se quer visitar ou conhecer o decorado, false se recusou',
    '- "visitWhen": quando quer visitar, como o lead disse',
    "Use apenas o que o lead disse. Não invente.",
    "Empreendimentos do lead:",
    ...(input.developments.length ? input.developments.map((d) => `- ${d.name}`) : ["(nenhum)"]),
  ].join("\n");
  const prompt = ["Conversa (mais antiga primeiro; áudios pela transcrição):", ...input.lines].join("\n");
  return { system, prompt };
}

const confidence = z.coerce.number().transform((n) => Math.min(Math.max(n, 0), 1));
const proposed = <T extends z.ZodType>(value: T) =>
  z
    .object({ value, confidence })
    .nullable()
    // One field the model got wrong is dropped; the others still help the broker.
    .catch(null);

const money = z.coerce.number().finite().nonnegative().max(2_000_000_000).transform(Math.round);
const financing = z.union([
  z.boolean().transform((yes): FinancingIntent => (yes ? "YES" : "NO")),
  z.enum(["YES", "NO", "UNKNOWN"]),
]);

const qualificationSchema = z
  .looseObject({})
  .refine((answer) => QUALIFICATION_KEYS.some((key) => key in answer))
  .pipe(
    z.object({
      interest: proposed(z.string().trim().min(1).max(200)),
      bedrooms: proposed(z.coerce.number().int().min(0).max(20)),
      budgetMin: proposed(money),
      budgetMax: proposed(money),
      financing: proposed(financing),
      visitWanted: proposed(z.boolean()),
      visitWhen: proposed(z.string().trim().min(1).max(200)),
    }),
  );

/** The model's answer as proposed fields, or the broker's pt-BR error when it is not the asked JSON. */
export function parseQualification(answer: string): QualificationFields {
  const fields = parseModelJson(answer, qualificationSchema);
  // A range the wrong way round is a misread, not two facts.
  if (fields.budgetMin && fields.budgetMax && fields.budgetMin.value > fields.budgetMax.value) {
    return { ...fields, budgetMin: fields.budgetMax, budgetMax: fields.budgetMin };
  }
  return fields;
}
