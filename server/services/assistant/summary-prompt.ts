import "server-only";
import { z } from "zod";
import { parseModelJson } from "./model-json";

// TAREFA: resumo — the conversation summary the lead's history keeps: what the lead wants, what the
// broker promised, what is pending. The instructions are pt-BR because the answer is read as written.

export type DevelopmentContext = { name: string; address: string | null; city: string | null };

export type ConversationSummary = { wants: string; promised: string; pending: string };

function developmentLines(developments: DevelopmentContext[]): string[] {
  if (developments.length === 0) return ["(nenhum empreendimento vinculado ao lead)"];
  return developments.map((d) => `- ${d.name}${[d.address, d.city].some(Boolean) ? ` (${[d.address, d.city].filter(Boolean).join(", ")})` : ""}`);
}

export function buildSummaryPrompt(input: { lines: string[]; developments: DevelopmentContext[] }): { system: string; prompt: string } {
  const system = [
    "TAREFA: resumo",
    "Você resume para um corretor de imóveis a conversa de WhatsApp com um lead.",
    "Responda somente com um objeto JSON com três textos curtos em português:",
    '{"wants": "o que o lead quer (empreendimento, quartos, orçamento, prazo, intenção de visita, objeções)", "promised": "o que o corretor prometeu", "pending": "o que ficou pendente"}',
    "Use apenas o que está na conversa; quando algo não aparece, diga isso em poucas palavras. Não invente valores, datas nem endereços.",
    "Empreendimentos do lead:",
    ...developmentLines(input.developments),
  ].join("\n");
  const prompt = ["Conversa (mais antiga primeiro; áudios pela transcrição):", ...input.lines].join("\n");
  return { system, prompt };
}

const text = z.string().trim().min(1).max(1_000);
const summarySchema = z.object({ wants: text, promised: text, pending: text });

/** The model's answer as a summary, or the broker's pt-BR error when it is not one. */
export function parseSummary(answer: string): ConversationSummary {
  return parseModelJson(answer, summarySchema);
}
