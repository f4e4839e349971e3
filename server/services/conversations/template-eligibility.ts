import "server-only";
import { ChannelMode, ConversationStatus, TemplateStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import { AppError, type AppErrorCode } from "@/server/errors";
import { isMediaHeader, storedComponents, type StoredComponentColumns, type StoredComponents } from "@/server/services/templates/template-components";
import { componentVariables, templateMapping, usesVariable, type TemplateMapping } from "./render-template-params";

// Every reason a new conversation cannot start, checked the same way by the dialog (before the
// user tries) and by start-with-template (when they do). `key` is under `errors.` in the catalogues.
export type Refusal = { code: AppErrorCode; key: string; params?: Record<string, string> };

export const refusalError = (refusal: Refusal) => new AppError(refusal.code, refusal.key, refusal.params);

const refuse = (code: AppErrorCode, key: string, params?: Record<string, string>): Refusal => ({ code, key, ...(params ? { params } : {}) });

/** Access profile (Relacionamento › Comunicador: active sending) and the user's communication flag. */
export function actorRefusals(actor: Actor): Refusal[] {
  const refusals: Refusal[] = [];
  if (!can(actor, Permission.ACTIVE_SEND)) refusals.push(refuse("FORBIDDEN", "leads.noActiveSend"));
  if (!actor.canCommunicate) refusals.push(refuse("FORBIDDEN", "leads.communicationBlocked"));
  return refusals;
}

// What the checks and the variables read of a lead, wherever a template goes to one ("Nova conversa", campaigns).
export const TEMPLATE_LEAD_SELECT = { id: true, name: true, phoneE164: true, waId: true, marketingOptOutAt: true } as const;

export function leadRefusal(lead: { phoneE164: string | null; waId: string | null }): Refusal | null {
  return lead.phoneE164 || lead.waId ? null : refuse("PRECONDITION_FAILED", "leads.leadWithoutWhatsapp");
}

// Receptive channels only answer leads who wrote first; they never appear as an option.
export const startableChannelWhere = { mode: ChannelMode.ACTIVE, canStartConversations: true, enabled: true } satisfies Prisma.ChannelWhereInput;

export function channelRefusal(channel: { mode: ChannelMode; canStartConversations: boolean; enabled: boolean } | null): Refusal | null {
  if (channel?.mode === ChannelMode.ACTIVE && channel.canStartConversations && channel.enabled) return null;
  return refuse("PRECONDITION_FAILED", "leads.channelCannotStart");
}

export const NO_APPROVED_TEMPLATE = refuse("PRECONDITION_FAILED", "leads.noApprovedTemplate");

type LeadValues = { name: string | null; developments: readonly unknown[]; marketingOptOutAt?: Date | null };

export type TemplateCheck = { mapping: TemplateMapping; refusal: null } | { mapping: TemplateMapping | null; refusal: Refusal };

export function checkTemplate(
  template: { status: TemplateStatus; body: string; variables: unknown; category?: string } & StoredComponentColumns,
  lead: LeadValues,
): TemplateCheck {
  const mapping = templateMapping(template.body, template.variables);
  if (template.status !== TemplateStatus.APPROVED) return { mapping, refusal: refuse("PRECONDITION_FAILED", "leads.templateNotApproved") };
  const optedOut = optOutRefusal(template, lead);
  if (optedOut) return { mapping, refusal: optedOut };
  if (!mapping) return { mapping, refusal: refuse("PRECONDITION_FAILED", "leads.templateMisconfigured") };
  const parts = storedComponents(template);
  // The header's file was deleted from the library after approval: Meta would refuse the send (132012).
  if (isMediaHeader(parts.headerFormat) && !parts.headerMediaAssetId) return { mapping, refusal: refuse("PRECONDITION_FAILED", "leads.templateHeaderMissing") };
  return { mapping, refusal: leadValuesRefusal(mapping, parts, lead) };
}

/**
 * checkTemplate's refusals that depend on the lead, for a sender that has already checked the
 * template itself (approved, mapped, with its header file) and parsed its mapping and parts once.
 */
export function leadTemplateRefusal(template: { category?: string }, mapping: TemplateMapping, parts: StoredComponents, lead: LeadValues): Refusal | null {
  return optOutRefusal(template, lead) ?? leadValuesRefusal(mapping, parts, lead);
}

// The lead tapped an opt-out quick reply: no more marketing (Meta would also refuse with 131050).
function optOutRefusal(template: { category?: string }, lead: LeadValues): Refusal | null {
  return template.category === "MARKETING" && lead.marketingOptOutAt ? refuse("PRECONDITION_FAILED", "leads.marketingOptedOut") : null;
}

function leadValuesRefusal(mapping: TemplateMapping, parts: StoredComponents, lead: LeadValues): Refusal | null {
  const needed = [...mapping, ...componentVariables(parts)];
  if (usesVariable(needed, "CLIENT_NAME") && !lead.name?.trim()) return refuse("PRECONDITION_FAILED", "leads.clientNameMissing");
  if (usesVariable(needed, "DEVELOPMENT_NAME") && lead.developments.length === 0) return refuse("PRECONDITION_FAILED", "leads.developmentMissing");
  return null;
}

type ExistingConversation = { status: ConversationStatus; assignee: { id: string; name: string } | null };

// An open conversation someone else is handling stays theirs; managers may still send in it.
export function conversationRefusal(actor: Actor, conversation: ExistingConversation | null): Refusal | null {
  if (!conversation || conversation.status !== ConversationStatus.OPEN || !conversation.assignee) return null;
  if (conversation.assignee.id === actor.id || can(actor, Permission.INBOX_MANAGE)) return null;
  return refuse("CONFLICT", "leads.conversationWithOther", { name: conversation.assignee.name });
}
