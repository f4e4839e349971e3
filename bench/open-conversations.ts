// Leads with an open service window and a conversation assigned to one broker, written in two
// statements so a benchmark's world of thousands is quick to set up.
import { ConversationStatus, Initiator, LeadOrigin } from "../generated/prisma/enums";
import type { Db } from "../server/db";
import { brazilPhoneKey } from "../server/meta/phone";

export type OpenConversation = { id: string; waId: string; channelId: string };

export async function seedOpenConversations(db: Db, input: { prefix: string; brokerId: string; leads: { waId: string; channelId: string }[]; lastMessageAgoMs: number }) {
  const now = Date.now();
  const rows = input.leads.map((lead, i) => ({ ...lead, leadId: `${input.prefix}-lead-${i}`, id: `${input.prefix}-conv-${i}` }));
  await db.lead.createMany({
    data: rows.map(({ waId, leadId }, i) => ({ id: leadId, name: `Lead ${i}`, phoneE164: `+${waId}`, phoneKey: brazilPhoneKey(`+${waId}`), waId, origin: LeadOrigin.WHATSAPP, ownerId: input.brokerId })),
  });
  await db.conversation.createMany({
    data: rows.map(({ id, leadId, channelId }) => ({
      id,
      leadId,
      channelId,
      assigneeId: input.brokerId,
      status: ConversationStatus.OPEN,
      initiatedBy: Initiator.LEAD,
      windowExpiresAt: new Date(now + 23 * 3600_000),
      lastInboundAt: new Date(now - 3600_000),
      lastMessageAt: new Date(now - input.lastMessageAgoMs),
    })),
  });
  return rows.map(({ id, waId, channelId }): OpenConversation => ({ id, waId, channelId }));
}
