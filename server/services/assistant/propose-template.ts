import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { conversationAbilities } from "@/server/services/inbox/conversation-abilities";
import { listSendableTemplates } from "@/server/services/inbox/list-sendable-templates";
import type { Intent } from "./retrieval-types";
import type { SuggestionContext } from "./suggestion-events";
import { stems } from "./text";

// Outside the 24-hour window free text cannot go out: the assistant proposes the approved template
// of the channel that best fits what the lead asked, among those this lead can be sent (the same
// list and previews as the template dialog), or says why none can go.

// Words a template about each subject tends to use.
const INTENT_WORDS: Partial<Record<Intent, string[]>> = {
  price: ["valor", "preco", "tabela", "condicao", "oferta"],
  visit: ["visita", "decorado", "agendar", "horario", "conhecer"],
  layout: ["planta", "quarto", "metragem"],
  financing: ["financiamento", "entrada", "parcela", "fgts", "condicao"],
  address: ["endereco", "localizacao", "bairro"],
  delivery: ["entrega", "obra", "chave"],
  amenities: ["lazer", "piscina"],
};

type Conversation = {
  assigneeId: string | null;
  status: "OPEN" | "EXPIRED" | "CLOSED";
  channel: { enabled: boolean; mode: "ACTIVE" | "RECEPTIVE"; canStartConversations: boolean };
};

type Proposal = Pick<SuggestionContext, "template" | "templateBlockedBy">;

export async function proposeTemplate(
  db: Db,
  actor: Actor,
  conversationId: string,
  conversation: Conversation,
  asked: { question: string; intents: Intent[] },
): Promise<Proposal> {
  const templates = await listSendableTemplates(db, actor, conversationId);
  const blocked = conversationAbilities(actor, { ...conversation, approvedTemplates: templates.length }).templateBlockedBy;
  if (blocked) return { template: null, templateBlockedBy: blocked };
  const sendable = templates.filter((template) => template.missing === null);
  if (sendable.length === 0) return { template: null, templateBlockedBy: "noSendableTemplate" };

  const wanted = new Set([...stems(asked.question), ...asked.intents.flatMap((intent) => (INTENT_WORDS[intent] ?? []).flatMap(stems))].filter((word) => word.length >= 4));
  const score = (template: (typeof sendable)[number]) => new Set(stems(`${template.name.replace(/_/g, " ")} ${template.preview}`).filter((word) => wanted.has(word))).size;
  // Ties keep the dialog's order (by name).
  const best = sendable.reduce((chosen, template) => (score(template) > score(chosen) ? template : chosen));
  return { template: { id: best.id, name: best.name, preview: best.preview }, templateBlockedBy: null };
}
