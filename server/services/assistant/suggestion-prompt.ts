import "server-only";
import type { ConversationLine, RetrievedFact, UnansweredTopic } from "./retrieval-types";

// The prompt for reply suggestions. Its shape is a contract with the parser (suggestion-drafts.ts)
// and with the local stand-in (dev/ai-stand-in, "What it reads"): the task line `TAREFA: sugestoes`,
// one fact per line as `[F1] texto`, the conversation as `Lead: …` / `Corretor: …` lines. Rule lines
// never start with those markers, so no reader mistakes a rule for a fact or for something said.

export type SuggestionPromptInput = {
  facts: Pick<RetrievedFact, "ref" | "text">[];
  /** Oldest first. */
  conversation: ConversationLine[];
  unanswered: Pick<UnansweredTopic, "text">[];
  leadName: string | null;
};

const MAX_LINES = 12;
const MAX_LINE_CHARS = 600;

const RULES = [
  "Você ajuda um corretor de imóveis a responder um lead pelo WhatsApp.",
  "Escreva de 1 a 3 rascunhos de resposta para a última mensagem do lead; o corretor escolhe, edita e envia.",
  "",
  "Regras:",
  "- Use somente os fatos listados em FATOS. Nunca invente preços, valores, metragens, datas, prazos, endereços ou condições que não estejam lá.",
  "- Se os fatos não respondem à pergunta, escreva um único rascunho dizendo que vai confirmar a informação e retornar.",
  "- Português do Brasil, tom de WhatsApp: curto (no máximo 3 frases), cordial, direto, sem markdown, sem assinatura.",
  "- Não prometa descontos, reservas nem visitas confirmadas.",
  '- Formato: um rascunho por linha, começando com "1) ", "2) ", "3) ". No fim de cada rascunho, cite os fatos usados pelos códigos entre colchetes, por exemplo "1) Olá! Temos sim, … [F1] [F3]".',
  "- Responda apenas com os rascunhos, sem introdução.",
];

const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_LINE_CHARS ? `${flat.slice(0, MAX_LINE_CHARS - 1)}…` : flat;
};

export function suggestionPrompt(input: SuggestionPromptInput): { system: string; prompt: string } {
  const facts = input.facts.length > 0 ? input.facts.map((fact) => `[${fact.ref}] ${oneLine(fact.text)}`) : ["(nenhum fato disponível para esta pergunta)"];
  const unknown = input.unanswered.length > 0 ? ["", "SEM RESPOSTA NO SISTEMA (não responda, diga que vai verificar):", ...input.unanswered.map((topic) => `- ${oneLine(topic.text)}`)] : [];
  const system = ["TAREFA: sugestoes", ...RULES, "", "FATOS:", ...facts, ...unknown].join("\n");

  const said = input.conversation
    .map((line) => ({ ...line, text: oneLine(line.text) }))
    .filter((line) => line.text.length > 0)
    .slice(-MAX_LINES)
    .map((line) => `${line.direction === "INBOUND" ? "Lead" : "Corretor"}: ${line.text}`);
  const lead = input.leadName?.trim() ? [`O lead se chama ${oneLine(input.leadName)}.`] : [];
  const prompt = [...lead, "Conversa (mais antiga primeiro):", ...said, "", "Escreva os rascunhos para a última mensagem do lead."].join("\n");
  return { system, prompt };
}
