import "server-only";
import { Initiator, MediaStatus, type Prisma } from "@/generated/prisma/client";
import type { InboundMessage } from "@/server/meta/webhook-inbound-message";
import type { WebhookContact } from "@/server/meta/webhook-payload";
import { upsertConversation } from "@/server/services/conversations/upsert-conversation";
import { findOrCreateWhatsappLead, type ResolvedLead } from "@/server/services/leads/find-or-create-whatsapp-lead";
import { senderKey, whatsappIdentity, type WhatsappIdentity } from "@/server/services/leads/whatsapp-identity";
import { addProblem, type ApplyContext } from "./apply-context";
import { applyToConversation, type Thread } from "./apply-to-conversation";
import { inboundRow } from "./inbound-message-row";
import type { WebhookChannel } from "./load-channels";

const INSERT_CHUNK = 500;

const createdSelect = { id: true, conversationId: true, type: true, body: true, mediaFileName: true, metaTimestamp: true, mediaStatus: true } satisfies Prisma.MessageSelect;
export type CreatedInbound = Prisma.MessageGetPayload<{ select: typeof createdSelect }>;

// Messages by who sent them, each wamid once (a batch may repeat one).
function groupBySender(messages: InboundMessage[], contacts: WebhookContact[], ctx: ApplyContext) {
  const groups = new Map<string, { identity: WhatsappIdentity; messages: InboundMessage[] }>();
  const seen = new Set<string>();
  for (const message of messages) {
    if (seen.has(message.id)) continue;
    seen.add(message.id);
    const sender = { from: message.from, fromUserId: message.from_user_id };
    const key = senderKey(sender);
    const identity = key ? whatsappIdentity(sender, contacts) : null;
    if (!key || !identity) {
      addProblem(ctx.outcome, "mensagem sem remetente válido ignorada");
      continue;
    }
    const group = groups.get(key) ?? { identity, messages: [] };
    group.messages.push(message);
    groups.set(key, group);
  }
  // Always the same order, so concurrent batches naming the same leads lock them alike (no deadlock).
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

// ON CONFLICT DO NOTHING on the unique wamid: a redelivered message comes back empty here.
async function insertMessages(ctx: ApplyContext, rows: Prisma.MessageCreateManyInput[]): Promise<CreatedInbound[]> {
  const created: CreatedInbound[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    created.push(...(await ctx.tx.message.createManyAndReturn({ data: chunk, skipDuplicates: true, select: createdSelect })));
  }
  return created;
}

/** Stores a change's inbound messages: lead, conversation, messages, then the conversation's counters. */
export async function applyInboundMessages(
  ctx: ApplyContext,
  channel: WebhookChannel,
  change: { contacts: WebhookContact[]; messages: InboundMessage[] },
) {
  const threads = new Map<string, Thread>();
  for (const { identity, messages } of groupBySender(change.messages, change.contacts, ctx)) {
    const lead: ResolvedLead = await findOrCreateWhatsappLead(ctx.tx, { identity, channelId: channel.id, events: ctx.leadEvents });
    const rows = messages.map((message) => inboundRow(message, ctx.receivedAt));
    const firstMessageAt = new Date(Math.min(...rows.map((row) => new Date(row.metaTimestamp ?? ctx.receivedAt).getTime())));
    const conversation = await upsertConversation(ctx.tx, { leadId: lead.id, channelId: channel.id, initiatedBy: Initiator.LEAD, firstMessageAt });
    const thread = threads.get(conversation.id) ?? { lead, conversation, rows: [] };
    thread.rows.push(...rows);
    threads.set(conversation.id, thread);
  }
  const rows = [...threads.values()].flatMap((t) => t.rows.map((row) => ({ ...row, conversationId: t.conversation.id })));
  const created = await insertMessages(ctx, rows);
  for (const thread of threads.values()) {
    const mine = created.filter((m) => m.conversationId === thread.conversation.id);
    if (mine.length > 0) await applyToConversation(ctx, channel, thread, mine);
  }
  for (const message of created) {
    if (message.mediaStatus === MediaStatus.PENDING) ctx.outcome.mediaMessageIds.push(message.id);
  }
}
