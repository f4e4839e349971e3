import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { leadAssistantConversation } from "./assistant-conversation";
import { createAssistantGateway, type AssistantGateway } from "./assistant-gateway";
import { loadConversationLines } from "./conversation-lines";
import { mentionedDevelopment } from "./mentioned-development";
import { buildQualificationPrompt, parseQualification } from "./qualification-prompt";

// "Qualificar com IA": the model proposes the lead's qualification fields with its confidence; the
// lead page shows them for the broker to confirm or edit, and only what the broker saves is kept.

type Deps = { gateway: Pick<AssistantGateway, "generate" | "availability"> };

export async function extractQualification(db: Db, actor: Actor, input: { leadId: string }, deps: Deps = { gateway: createAssistantGateway({ db }) }) {
  const conversation = await leadAssistantConversation(db, actor, input.leadId);
  const lines = await loadConversationLines(db, conversation.id);
  const { system, prompt } = buildQualificationPrompt({ lines, developments: conversation.developments });
  const { text } = await deps.gateway.generate({ channelId: conversation.channelId, feature: "QUALIFICATION", actorId: actor.id, system, prompt });
  const fields = parseQualification(text);
  const { provider } = await deps.gateway.availability(conversation.channelId);
  const leadLines = lines.filter((line) => line.startsWith("Lead:"));
  const development = mentionedDevelopment(conversation.developments, [fields.interest?.value ?? "", ...leadLines]);
  return {
    conversationId: conversation.id,
    fields,
    interestDevelopmentId: development?.id ?? null,
    /** What the broker may pick as the development of interest. */
    developments: conversation.developments.map(({ id, name }) => ({ id, name })),
    /** The local demo's stand-in answered: the dialog says so. */
    standIn: provider?.standIn ?? false,
  };
}

export type QualificationProposal = Awaited<ReturnType<typeof extractQualification>>;
