import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertLeadVisible } from "@/server/services/leads/get-lead";
import { leadConversationsWhere } from "@/server/services/leads/lead-visibility";
import type { DevelopmentContext } from "./summary-prompt";

// What the lead page's assistant actions read: the lead's latest conversation the broker may see
// (its channel decides whether the assistant may run), and the developments the lead is about.

const developmentSelect = { select: { id: true, name: true, address: true, city: true }, orderBy: { name: "asc" } } as const;

export type AssistantConversation = {
  id: string;
  leadId: string;
  channelId: string;
  /** The lead's developments, else the channel's. */
  developments: (DevelopmentContext & { id: string })[];
};

export async function loadAssistantConversation(db: Db, conversationId: string): Promise<AssistantConversation | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { id: true, leadId: true, channelId: true, lead: { select: { developments: developmentSelect } }, channel: { select: { developments: developmentSelect } } },
  });
  if (!conversation) return null;
  const developments = conversation.lead.developments.length ? conversation.lead.developments : conversation.channel.developments;
  return { id: conversation.id, leadId: conversation.leadId, channelId: conversation.channelId, developments };
}

/** The lead's most recent conversation visible to the actor; the lead itself must be visible. */
export async function leadAssistantConversation(db: Db, actor: Actor, leadId: string): Promise<AssistantConversation> {
  await assertLeadVisible(db, actor, leadId);
  const latest = await db.conversation.findFirst({
    where: { AND: [{ leadId }, leadConversationsWhere(actor)] },
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  const conversation = latest && (await loadAssistantConversation(db, latest.id));
  if (!conversation) throw new AppError("PRECONDITION_FAILED", "leads.noConversationForAssistant");
  return conversation;
}
