import "server-only";
import { randomUUID } from "node:crypto";
import { ConversationStatus, Initiator } from "@/generated/prisma/enums";
import type { RenderedTemplate } from "@/server/services/conversations/open-with-template";
import { renderTemplateMessage } from "@/server/services/conversations/render-template-message";
import { componentVariables, type TemplateMapping, type VariableValues } from "@/server/services/conversations/render-template-params";
import type { HeaderMedia } from "@/server/services/conversations/template-header-media";
import { leadRefusal, leadTemplateRefusal } from "@/server/services/conversations/template-eligibility";
import type { StoredComponents } from "@/server/services/templates/template-components";
import type { MessageTemplate } from "@/generated/prisma/client";
import { bodyValuesFor, type VariableSource } from "./variable-sources";

// Pure: what one chunk of recipients becomes (refusals, conversations, messages), decided per lead
// by the rules of "Nova conversa"; campaign-chunk.ts writes it in a few multi-row statements.

export type ChunkLead = {
  id: string;
  name: string | null;
  phoneE164: string | null;
  waId: string | null;
  marketingOptOutAt: Date | null;
  owner: { id: string; name: string; active: boolean; canCommunicate: boolean } | null;
  developments: { id: string; name: string }[];
};

export type ExistingConversation = { id: string; leadId: string; status: ConversationStatus; initiatedBy: Initiator; windowExpiresAt: Date | null; assigneeId: string | null };

export type TemplateContext = { template: MessageTemplate; mapping: TemplateMapping; parts: StoredComponents; headerMedia: HeaderMedia | null; sources: VariableSource[] };

export type LeadMessage = {
  recipientId: string;
  leadId: string;
  conversationId: string;
  /** No conversation with this lead on the channel yet. */
  created: boolean;
  /** A finished (or never started) conversation opens again as business-initiated. */
  restarting: boolean;
  assigneeId: string | null;
  previousAssigneeId: string | null;
  messageId: string;
  rendered: RenderedTemplate;
};

export type LeadRefused = { recipientId: string; reasonCode: string };

/**
 * The lead's owner gets the reply, as an inbound message would be assigned (an owner who is active
 * and may communicate; otherwise nobody yet, and the lead's first reply is distributed by its queue).
 * An open conversation keeps its assignee.
 */
function assigneeFor(lead: ChunkLead, existing: ExistingConversation | undefined, restarting: boolean): string | null {
  const owner = lead.owner && lead.owner.active && lead.owner.canCommunicate ? lead.owner.id : null;
  if (!restarting && existing?.assigneeId) return existing.assigneeId;
  return owner;
}

export function planLeadMessage(
  recipient: { id: string; leadId: string },
  lead: ChunkLead | undefined,
  existing: ExistingConversation | undefined,
  context: TemplateContext,
  now: Date,
): LeadMessage | LeadRefused {
  if (!lead) return { recipientId: recipient.id, reasonCode: "campaigns.recipientGone" };
  // The step checked the template itself (approved, mapped, header file) before the chunk.
  const refusal = leadRefusal(lead) ?? leadTemplateRefusal(context.template, context.mapping, context.parts, lead);
  if (refusal) return { recipientId: recipient.id, reasonCode: refusal.key };
  const development = lead.developments[0]?.name;
  const bodyValues = bodyValuesFor(context.sources, { leadName: lead.name, ownerName: lead.owner?.name ?? null, development: development ?? null });
  if (!bodyValues.ok) return { recipientId: recipient.id, reasonCode: bodyValues.reasonCode };
  // The broker's name is the owner's (who gets the reply), not the campaign creator's.
  const ownerName = lead.owner?.name.trim() || null;
  const brokerNeeded = [...context.mapping.filter((m) => !bodyValues.values.has(m.index)), ...componentVariables(context.parts)].some((m) => m.variable === "BROKER_NAME");
  if (brokerNeeded && !ownerName) return { recipientId: recipient.id, reasonCode: "campaigns.ownerMissing" };
  // A body parameter the campaign fills itself needs no value of its own kind.
  const values: VariableValues = { CLIENT_NAME: lead.name, BROKER_NAME: ownerName ?? "-", DEVELOPMENT_NAME: development };
  const rendered = renderTemplateMessage(context.template, context.mapping, context.parts, values, context.headerMedia, bodyValues.values);
  if (!rendered) return { recipientId: recipient.id, reasonCode: "leads.templateMisconfigured" };

  const open = existing?.status === ConversationStatus.OPEN;
  const windowOpen = open && !!existing.windowExpiresAt && existing.windowExpiresAt > now;
  const awaitingReply = open && !existing.windowExpiresAt && existing.initiatedBy === Initiator.BUSINESS;
  const restarting = !windowOpen && !awaitingReply;
  const assigneeId = assigneeFor(lead, existing, restarting);
  const previous = existing?.assigneeId ?? null;
  return {
    recipientId: recipient.id,
    leadId: lead.id,
    conversationId: existing?.id ?? randomUUID(),
    created: !existing,
    restarting,
    assigneeId,
    previousAssigneeId: previous !== assigneeId ? previous : null,
    messageId: randomUUID(),
    rendered,
  };
}

export const isRefused = (planned: LeadMessage | LeadRefused): planned is LeadRefused => "reasonCode" in planned;
