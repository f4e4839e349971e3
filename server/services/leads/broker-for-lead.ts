import "server-only";
import { LeadEventType, type Prisma } from "@/generated/prisma/client";
import { distributeLead } from "./distribute-lead";
import type { ResolvedLead } from "./find-or-create-whatsapp-lead";
import type { LeadEventDraft } from "./lead-events";

type Tx = Prisma.TransactionClient;

/**
 * Who answers a lead's unassigned conversation: its owner while available, else the next
 * broker of its queue, who also becomes the owner of a lead that had none.
 */
export async function brokerForLead(tx: Tx, lead: ResolvedLead, events: LeadEventDraft[]): Promise<string | null> {
  if (lead.ownerId && lead.ownerAvailable === undefined) {
    const owner = await tx.user.findUnique({ where: { id: lead.ownerId }, select: { active: true, canCommunicate: true } });
    lead.ownerAvailable = !!owner && owner.active && owner.canCommunicate;
  }
  if (lead.ownerId && lead.ownerAvailable) return lead.ownerId;
  if (lead.distributed) return null;
  lead.distributed = true;
  const developments = await tx.development.findMany({ where: { leads: { some: { id: lead.id } } }, select: { id: true } });
  const { queueId, brokerId } = await distributeLead(tx, {
    developmentIds: developments.map((d) => d.id),
    preferredQueueId: lead.queueId,
  });
  if (!lead.ownerId && (brokerId || (queueId && queueId !== lead.queueId))) {
    await tx.lead.update({ where: { id: lead.id }, data: { ownerId: brokerId, queueId: queueId ?? lead.queueId }, select: { id: true } });
    if (queueId) events.push({ leadId: lead.id, type: LeadEventType.QUEUE_ASSIGNED, data: { queueId, ownerId: brokerId } });
    lead.ownerId = brokerId;
    lead.ownerAvailable = !!brokerId;
    lead.queueId = queueId ?? lead.queueId;
  }
  return brokerId;
}
