import "server-only";
import { LeadEventType, MessageDirection } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertLeadVisible } from "./get-lead";
import type { LeadEventDraft } from "./lead-events";

type Tx = Prisma.TransactionClient;

/**
 * Why the lead is opted out: the tap on an opt-out quick reply (its text), or Meta's 131050 on a
 * send (the lead stopped this business's marketing in WhatsApp itself).
 */
export type OptOutTap = { leadId: string; conversationId: string; messageId: string; at: Date } & ({ buttonText: string } | { metaCode: number });

// Meta: "This recipient has chosen to stop receiving marketing messages on WhatsApp from your business."
export const META_MARKETING_OPT_OUT = 131050;

/**
 * Marketing templates are refused from now on. Only the first opt-out counts (a lead already opted
 * out keeps its date); each new one lands on the lead's history.
 */
export async function recordMarketingOptOuts(tx: Tx, taps: OptOutTap[], events: LeadEventDraft[]) {
  const first = new Map<string, OptOutTap>();
  for (const tap of [...taps].sort((a, b) => +a.at - +b.at)) if (!first.has(tap.leadId)) first.set(tap.leadId, tap);
  for (const tap of first.values()) {
    const set = await tx.lead.updateMany({
      where: { id: tap.leadId, marketingOptOutAt: null },
      data: { marketingOptOutAt: tap.at, marketingOptOutMessageId: tap.messageId },
    });
    if (set.count === 0) continue;
    const data = "buttonText" in tap ? { buttonText: tap.buttonText } : { metaCode: tap.metaCode };
    events.push({ leadId: tap.leadId, conversationId: tap.conversationId, messageId: tap.messageId, type: LeadEventType.MARKETING_OPTED_OUT, data });
  }
}

/** Whether the lead wrote after opting out: the broker may then ask and clear it. */
async function wroteAfter(db: Db, lead: { id: string; marketingOptOutAt: Date; marketingOptOutMessageId: string | null }) {
  const later = await db.message.count({
    where: {
      direction: MessageDirection.INBOUND,
      conversation: { leadId: lead.id },
      createdAt: { gt: lead.marketingOptOutAt },
      ...(lead.marketingOptOutMessageId ? { id: { not: lead.marketingOptOutMessageId } } : {}),
    },
  });
  return later > 0;
}

export async function marketingOptOutState(db: Db, leadId: string) {
  const lead = await db.lead.findUniqueOrThrow({ where: { id: leadId }, select: { id: true, marketingOptOutAt: true, marketingOptOutMessageId: true } });
  if (!lead.marketingOptOutAt) return null;
  return { since: lead.marketingOptOutAt, clearable: await wroteAfter(db, { ...lead, marketingOptOutAt: lead.marketingOptOutAt }) };
}

/**
 * The broker clears the opt-out, allowed only once the lead wrote again (a lead who stopped
 * promotions is not put back by a click alone). Recorded on the lead's history with who did it.
 */
export async function clearMarketingOptOut(db: Db, actor: Actor, input: { leadId: string }) {
  await assertLeadVisible(db, actor, input.leadId);
  const lead = await db.lead.findUniqueOrThrow({ where: { id: input.leadId }, select: { id: true, marketingOptOutAt: true, marketingOptOutMessageId: true } });
  if (!lead.marketingOptOutAt) throw new AppError("PRECONDITION_FAILED", "leads.notOptedOut");
  const since = lead.marketingOptOutAt;
  if (!(await wroteAfter(db, { ...lead, marketingOptOutAt: since }))) throw new AppError("PRECONDITION_FAILED", "leads.optOutNeedsLeadMessage");
  return db.$transaction(async (tx) => {
    const cleared = await tx.lead.updateMany({ where: { id: lead.id, marketingOptOutAt: since }, data: { marketingOptOutAt: null, marketingOptOutMessageId: null } });
    if (cleared.count === 0) throw new AppError("CONFLICT", "leads.notOptedOut");
    await tx.leadEvent.create({ data: { leadId: lead.id, type: LeadEventType.MARKETING_OPT_OUT_CLEARED, actorId: actor.id, data: { since: since.toISOString() } } });
    return { leadId: lead.id };
  });
}
