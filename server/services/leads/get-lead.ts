import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { formatPhoneBR } from "@/server/meta/phone";
import { leadConversationsWhere, visibleLeadsWhere } from "./lead-visibility";

// Who the lead is, as the lead page and the chat's side panel both show it.
export const leadSummarySelect = {
  id: true,
  name: true,
  email: true,
  phoneE164: true,
  origin: true,
  createdAt: true,
  owner: { select: { id: true, name: true } },
  queue: { select: { id: true, name: true } },
  developments: { select: { id: true, name: true, city: true }, orderBy: { name: "asc" } },
  tags: { select: { id: true, name: true, color: true }, orderBy: { name: "asc" } },
  // Marketing templates are refused while set (issue 14): the chat's side panel and the lead page say so.
  marketingOptOutAt: true,
} as const;

// A lead outside the user's reach answers exactly like a missing one: its existence is not leaked.
export async function assertLeadVisible(db: Db, actor: Actor, leadId: string) {
  const found = await db.lead.count({ where: { AND: [{ id: leadId }, visibleLeadsWhere(actor)] } });
  if (found === 0) throw new AppError("NOT_FOUND", "leads.notFound");
}

export async function getLead(db: Db, actor: Actor, input: { leadId: string }) {
  const lead = await db.lead.findFirst({
    where: { AND: [{ id: input.leadId }, visibleLeadsWhere(actor)] },
    select: {
      ...leadSummarySelect,
      waId: true,
      interest: true,
      interestDevelopment: { select: { id: true, name: true } },
      bedrooms: true,
      budgetMin: true,
      budgetMax: true,
      financing: true,
      visitWanted: true,
      visitWhen: true,
      qualifiedAt: true,
      conversations: {
        where: leadConversationsWhere(actor),
        orderBy: { lastMessageAt: "desc" },
        select: {
          id: true,
          status: true,
          initiatedBy: true,
          windowExpiresAt: true,
          lastMessageAt: true,
          lastMessagePreview: true,
          lastMessageType: true,
          lastMessageDirection: true,
          unreadCount: true,
          channel: { select: { id: true, name: true, mode: true, displayPhoneNumber: true } },
          assignee: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!lead) throw new AppError("NOT_FOUND", "leads.notFound");
  return { ...lead, phoneDisplay: lead.phoneE164 ? formatPhoneBR(lead.phoneE164) : null };
}
