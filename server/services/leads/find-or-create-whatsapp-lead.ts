import "server-only";
import { LeadEventType, LeadOrigin, type Prisma } from "@/generated/prisma/client";
import { distributeLead } from "./distribute-lead";
import type { LeadEventDraft } from "./lead-events";
import type { WhatsappIdentity } from "./whatsapp-identity";

type Tx = Prisma.TransactionClient;

export type ResolvedLead = {
  id: string;
  ownerId: string | null;
  queueId: string | null;
  // The owner may still take the lead's conversations (active, communication flag on); unknown
  // until someone needs it, as most messages go to conversations that already have a broker.
  ownerAvailable?: boolean;
  // Queue distribution already ran for this lead in this transaction.
  distributed: boolean;
};

const leadSelect = {
  id: true,
  ownerId: true,
  queueId: true,
  phoneKey: true,
  bsuid: true,
  waId: true,
  name: true,
} satisfies Prisma.LeadSelect;

type FoundLead = Prisma.LeadGetPayload<{ select: typeof leadSelect }>;

// The leads any of these senders may be: by phone key or by business-scoped id, oldest first.
function byIdentities(identities: WhatsappIdentity[]): Prisma.LeadWhereInput {
  const phoneKeys = identities.flatMap((identity) => (identity.phoneKey ? [identity.phoneKey] : []));
  const bsuids = identities.flatMap((identity) => (identity.bsuid ? [identity.bsuid] : []));
  return { OR: [{ phoneKey: { in: phoneKeys } }, { bsuid: { in: bsuids } }] };
}

function findByIdentity(tx: Tx, identity: WhatsappIdentity) {
  return tx.lead.findMany({ where: byIdentities([identity]), select: leadSelect, orderBy: { createdAt: "asc" }, take: 2 });
}

// Fills what Meta now tells about a known lead, never taking a key another lead holds.
async function completeIdentity(tx: Tx, found: FoundLead[], identity: WhatsappIdentity): Promise<ResolvedLead> {
  const lead = found.find((l) => identity.phoneKey && l.phoneKey === identity.phoneKey) ?? (found[0] as FoundLead);
  const data: Prisma.LeadUpdateInput = {};
  if (!lead.bsuid && identity.bsuid && !found.some((l) => l.bsuid === identity.bsuid)) data.bsuid = identity.bsuid;
  if (!lead.phoneKey && identity.phoneKey && !found.some((l) => l.phoneKey === identity.phoneKey)) {
    data.phoneKey = identity.phoneKey;
    data.phoneE164 = identity.phoneE164;
  }
  // Meta's wa_id is the number WhatsApp really uses (with or without Brazil's 9th digit).
  if (identity.waId && lead.waId !== identity.waId) data.waId = identity.waId;
  if (!lead.name && identity.name) data.name = identity.name;
  if (Object.keys(data).length > 0) await tx.lead.update({ where: { id: lead.id }, data, select: { id: true } });
  return { id: lead.id, ownerId: lead.ownerId, queueId: lead.queueId, distributed: false };
}

// A new lead takes its channel's developments, tags and media, and a broker from the channel's queue
// (or, without one, the queue its developments pick).
async function setUpNewLead(tx: Tx, leadId: string, channelId: string, events: LeadEventDraft[]): Promise<ResolvedLead> {
  const channel = await tx.channel.findUniqueOrThrow({
    where: { id: channelId },
    select: { leadQueueId: true, developments: { select: { id: true } }, tags: { select: { id: true } }, mediaAssets: { select: { id: true } } },
  });
  const { queueId, brokerId } = await distributeLead(tx, { developmentIds: channel.developments.map((d) => d.id), preferredQueueId: channel.leadQueueId });
  await tx.lead.update({
    where: { id: leadId },
    data: {
      ownerId: brokerId,
      queueId,
      developments: { connect: channel.developments },
      tags: { connect: channel.tags },
      mediaAssets: { connect: channel.mediaAssets },
    },
    select: { id: true },
  });
  events.push({ leadId, type: LeadEventType.LEAD_CREATED, data: { origin: LeadOrigin.WHATSAPP, channelId } });
  if (queueId) events.push({ leadId, type: LeadEventType.QUEUE_ASSIGNED, data: { queueId, ownerId: brokerId } });
  return { id: leadId, ownerId: brokerId, queueId, ownerAvailable: !!brokerId, distributed: true };
}

/** The lead behind a WhatsApp sender (same phone key or business-scoped id), created when new. */
export async function findOrCreateWhatsappLead(
  tx: Tx,
  input: { identity: WhatsappIdentity; channelId: string; events: LeadEventDraft[] },
): Promise<ResolvedLead> {
  const { identity } = input;
  const found = await findByIdentity(tx, identity);
  if (found.length > 0) return completeIdentity(tx, found, identity);
  // ON CONFLICT DO NOTHING: a concurrent delivery creating the same lead makes this wait for
  // it and then insert nothing, instead of failing.
  const [created] = await tx.lead.createManyAndReturn({
    data: [{ ...identity, origin: LeadOrigin.WHATSAPP }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (created) return setUpNewLead(tx, created.id, input.channelId, input.events);
  const again = await findByIdentity(tx, identity);
  if (again.length === 0) throw new Error("lead criado em paralelo não encontrado");
  return completeIdentity(tx, again, identity);
}

const matches = (lead: FoundLead, identity: WhatsappIdentity) => (!!identity.phoneKey && lead.phoneKey === identity.phoneKey) || (!!identity.bsuid && lead.bsuid === identity.bsuid);

/**
 * findOrCreateWhatsappLead for several senders, in the order given: the known leads in one lookup,
 * the new ones one by one (each created as findOrCreateWhatsappLead does).
 */
export async function findOrCreateWhatsappLeads(
  tx: Tx,
  inputs: { identity: WhatsappIdentity; channelId: string; events: LeadEventDraft[] }[],
): Promise<ResolvedLead[]> {
  const known = inputs.length === 0 ? [] : await tx.lead.findMany({ where: byIdentities(inputs.map((input) => input.identity)), select: leadSelect, orderBy: { createdAt: "asc" } });
  const resolved: ResolvedLead[] = [];
  for (const input of inputs) {
    const found = known.filter((lead) => matches(lead, input.identity)).slice(0, 2);
    resolved.push(found.length > 0 ? await completeIdentity(tx, found, input.identity) : await findOrCreateWhatsappLead(tx, input));
  }
  return resolved;
}
