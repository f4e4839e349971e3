import "server-only";
import { Initiator, MediaStatus, type Prisma } from "@/generated/prisma/client";
import type { InboundMessage } from "@/server/meta/webhook-inbound-message";
import type { WebhookContact } from "@/server/meta/webhook-payload";
import { upsertConversations, type ConversationState } from "@/server/services/conversations/upsert-conversation";
import { findOrCreateWhatsappLeads, type ResolvedLead } from "@/server/services/leads/find-or-create-whatsapp-lead";
import { senderKey, whatsappIdentity, type WhatsappIdentity } from "@/server/services/leads/whatsapp-identity";
import { addProblem, type ApplyContext, type Tx } from "./apply-context";
import { applyToConversation, type Thread } from "./apply-to-conversation";
import { inboundRow, type InboundRow } from "./inbound-message-row";
import type { WebhookChannel } from "./load-channels";
import { optOutTaps } from "./opt-out-taps";
import { recordMarketingOptOuts } from "@/server/services/leads/marketing-opt-out";

const INSERT_CHUNK = 500;

const createdSelect = { id: true, wamid: true, conversationId: true, type: true, body: true, mediaFileName: true, metaTimestamp: true, mediaStatus: true } satisfies Prisma.MessageSelect;
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
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, group]) => ({ key, ...group }));
}

// ON CONFLICT DO NOTHING on the unique wamid: a redelivered message comes back empty here.
async function insertMessages(tx: Tx, rows: Prisma.MessageCreateManyInput[]): Promise<CreatedInbound[]> {
  const created: CreatedInbound[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    created.push(...(await tx.message.createManyAndReturn({ data: chunk, skipDuplicates: true, select: createdSelect })));
  }
  return created;
}

export type InboundChange = { ctx: ApplyContext; channel: WebhookChannel; value: { contacts: WebhookContact[]; messages: InboundMessage[] } };

type SenderMessages = { ctx: ApplyContext; channel: WebhookChannel; key: string; identity: WhatsappIdentity; messages: InboundMessage[] };

/**
 * Stores the inbound messages of a batch's changes, in set-based steps: the senders' leads, their
 * conversations (locked), every message in one insert, then each conversation's counters, window,
 * assignment, history and pushes. A sender is resolved once per batch, however many changes name them.
 */
export async function applyInboundChanges(tx: Tx, changes: InboundChange[]) {
  const senders: SenderMessages[] = changes.flatMap(({ ctx, channel, value }) =>
    groupBySender(value.messages, value.contacts, ctx).map((group) => ({ ctx, channel, ...group })),
  );
  if (senders.length === 0) return;
  // Resolved in the order the webhooks came (and in key order within one), as applying them one by
  // one did: a queue's round robin gives brokers to new leads in the order they wrote.
  const firstOf = new Map<string, SenderMessages>();
  for (const sender of senders) if (!firstOf.has(sender.key)) firstOf.set(sender.key, sender);
  const distinct = [...firstOf.values()];
  const leads = await findOrCreateWhatsappLeads(
    tx,
    distinct.map((s) => ({ identity: s.identity, channelId: s.channel.id, events: s.ctx.leadEvents })),
  );
  const leadOf = new Map(distinct.map((s, i) => [s.key, leads[i] as ResolvedLead]));

  // One thread per conversation, its rows in arrival order, each row kept with the webhook it came in.
  type Pending = { sender: SenderMessages; lead: ResolvedLead; rows: InboundRow[]; firstMessageAt: Date };
  const pending = senders.map((sender): Pending => {
    const rows = sender.messages.map((message) => inboundRow(message, sender.ctx.receivedAt));
    const firstMessageAt = new Date(Math.min(...rows.map((row) => new Date(row.metaTimestamp ?? sender.ctx.receivedAt).getTime())));
    return { sender, lead: leadOf.get(sender.key) as ResolvedLead, rows, firstMessageAt };
  });
  const conversations = await upsertConversations(
    tx,
    pending.map((p) => ({ leadId: p.lead.id, channelId: p.sender.channel.id, initiatedBy: Initiator.LEAD, firstMessageAt: p.firstMessageAt })),
  );
  // A conversation's own effects (reopened, assigned) belong to the first webhook that wrote to it; each
  // message's arrival to its own.
  type BatchThread = Thread & { channel: WebhookChannel; ctx: ApplyContext; contextOf: Map<string, ApplyContext> };
  const threads = new Map<string, BatchThread>();
  pending.forEach((p, i) => {
    const conversation = conversations[i] as ConversationState;
    const thread: BatchThread = threads.get(conversation.id) ?? { lead: p.lead, conversation, rows: [], channel: p.sender.channel, ctx: p.sender.ctx, contextOf: new Map() };
    thread.rows.push(...p.rows);
    for (const row of p.rows) if (row.wamid) thread.contextOf.set(row.wamid, p.sender.ctx);
    threads.set(conversation.id, thread);
  });

  const rows = [...threads.values()].flatMap((t) => t.rows.map((row) => ({ ...row, conversationId: t.conversation.id })));
  const created = await insertMessages(tx, rows);
  for (const thread of threads.values()) {
    const mine = created.filter((m) => m.conversationId === thread.conversation.id);
    const arrivalOf = (m: CreatedInbound) => thread.contextOf.get(m.wamid ?? "") ?? thread.ctx;
    if (mine.length > 0) await applyToConversation(thread.ctx, thread.channel, thread, mine, arrivalOf);
    for (const message of mine) if (message.mediaStatus === MediaStatus.PENDING) arrivalOf(message).outcome.mediaMessageIds.push(message.id);
  }
  await applyOptOuts(tx, threads, created);
}

// A tap on an opt-out quick reply sets the lead's marketing opt-out, in the webhook it arrived in.
async function applyOptOuts(tx: Tx, threads: Map<string, Thread & { ctx: ApplyContext; contextOf: Map<string, ApplyContext> }>, created: CreatedInbound[]) {
  const taps = created.filter((m) => m.type === "BUTTON" || m.type === "INTERACTIVE");
  if (taps.length === 0) return;
  const threadOf = (m: CreatedInbound) => threads.get(m.conversationId);
  const rowOf = new Map([...threads.values()].flatMap((t) => t.rows.flatMap((row) => (row.wamid ? [[row.wamid, row] as const] : []))));
  const found = await optOutTaps(
    tx,
    taps.flatMap((m) => {
      const thread = threadOf(m);
      return thread ? [{ ...m, leadId: thread.lead.id }] : [];
    }),
    (wamid) => rowOf.get(wamid),
  );
  for (const tap of found) {
    const thread = threads.get(tap.conversationId);
    const wamid = created.find((m) => m.id === tap.messageId)?.wamid ?? "";
    const ctx = thread?.contextOf.get(wamid) ?? thread?.ctx;
    if (ctx) await recordMarketingOptOuts(tx, [tap], ctx.leadEvents);
  }
}
