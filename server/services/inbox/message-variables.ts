import "server-only";
import type { Db } from "@/server/db";
import type { StandardMessageValues } from "@/server/services/standard-messages/variables";
import type { VariableValues } from "@/server/services/conversations/render-template-params";

export type MessageVariables = { clientName: string | null; brokerName: string; developmentName: string | null };

// The values templates and standard messages fill in: the lead's name, the broker's name and the
// lead's first development by name (as "Nova conversa" does).
export async function messageVariables(db: Db, input: { conversationId: string; brokerName: string }): Promise<MessageVariables> {
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: input.conversationId },
    select: { lead: { select: { name: true, developments: { select: { name: true }, orderBy: { name: "asc" }, take: 1 } } } },
  });
  return {
    clientName: conversation.lead.name?.trim() || null,
    brokerName: input.brokerName,
    developmentName: conversation.lead.developments[0]?.name ?? null,
  };
}

export const standardMessageValues = (v: MessageVariables): StandardMessageValues => ({
  nome_cliente: v.clientName,
  nome_atendente: v.brokerName,
  nome_empreendimento: v.developmentName,
});

export const templateValues = (v: MessageVariables): VariableValues => ({
  CLIENT_NAME: v.clientName,
  BROKER_NAME: v.brokerName,
  DEVELOPMENT_NAME: v.developmentName,
});
