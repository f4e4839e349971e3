import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { MessageDirection, MessageStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { GraphClient } from "@/server/meta/graph-client";
import { publish as publishPushes } from "@/server/realtime/publish";
import type { Push } from "@/server/realtime/channels";
import { BATCH_HORIZON_MS, reserveLeadSlots, takeChannelSlots } from "@/server/services/rate-limit/send-slots";
import { graphForChannel } from "@/server/services/channels/channel-graph";
import { localFailure, type DeliveryFailure } from "./delivery-failures";
import { loadOutboundMessages, type OutboundMessage } from "./load-outbound-message";
import type { AssetUploads } from "./outbound-media";
import { prepareOutboundRequest, type OutboundRequest } from "./outbound-request";
import { deliveryPushes, recordFailed, type DeliveredMessage } from "./record-delivery";
import { claimForSend, releaseClaims } from "./send-claim";
import { createPacer } from "./send-pacer";
import { callAndJudge, judgeFailure, type SendVerdict } from "./send-verdict";
import { createSentRecorder } from "./sent-recorder";

/** A message of a batch still to be sent, with what its earlier rounds learnt (kept in the run's state). */
export type PendingSend = {
  id: string;
  /** When the lead's pair slot comes (epoch ms), once reserved: reserved once, like message/send does. */
  leadReadyAt: number | null;
  pairLimitHits: number;
  /** Graph calls that failed and may be tried again (130429, 5xx, network). */
  failedAttempts: number;
  notBefore: number;
};

export type BatchRound = { sent: string[]; failed: string[]; skipped: string[]; pending: PendingSend[] };

export type BatchDeps = {
  graph?: (channel: OutboundMessage["conversation"]["channel"]) => GraphClient | null;
  publish?: (pushes: Push[]) => Promise<void>;
  /** The webhook domain's early-status replay for what was just recorded SENT (wired by the caller). */
  afterSent?: (sent: { wamid: string; sentAt: Date }[]) => Promise<unknown>;
};

// Graph calls out at once per channel: enough to keep pace with the slots when Meta answers in a
// few hundred ms, few enough not to flood one number's connection pool.
const CALLS_IN_FLIGHT = 16;
// A round books and sends for at most this long; what is left comes back in the next round.
const ROUND_BUDGET_MS = 5_000;
// Another attempt holds these messages: look again this much later (it will have sent them, or let go).
const CLAIM_RECHECK_MS = 10_000;
// A lead slot this close is as good as now.
const LEAD_SLOT_SLACK_MS = 50;
const PREPARING_AT_ONCE = 4;
// A call that would start this much after its slot (a stalled event loop, calls still out, the lead's
// previous call not answered) gives the slot up and is booked again: late calls bunched together
// would put more than the channel's rate in one second. The headroom under the rate (10 %) covers
// this much lateness plus the jitter on the way to Meta.
const LATE_LIMIT_MS = 50;

export function pendingSends(messageIds: string[], now = Date.now()): PendingSend[] {
  return [...new Set(messageIds)].map((id) => ({ id, leadReadyAt: null, pairLimitHits: 0, failedAttempts: 0, notBefore: now }));
}

/** The earliest time a pending message may be tried again. */
export function nextTryAt(pending: PendingSend[]): number {
  return Math.min(...pending.map((p) => p.notBefore));
}

const asDelivered = (m: OutboundMessage): DeliveredMessage => ({ ...m, conversation: { id: m.conversation.id, assigneeId: m.conversation.assigneeId, leadId: m.conversation.leadId } });

/**
 * One round of a batch: every due message that is still QUEUED is claimed, given its lead slot and a
 * channel slot (set-based, for the whole batch), and sent at its slot's time; sends are recorded in
 * chunks as they answer. A message that fails fails alone; one that must wait comes back in `pending`.
 */
export async function deliverBatchRound(db: Db, pending: PendingSend[], deps: BatchDeps = {}): Promise<BatchRound> {
  const startedAt = Date.now();
  const due = pending.filter((p) => p.notBefore <= startedAt + LEAD_SLOT_SLACK_MS);
  const round: BatchRound = { sent: [], failed: [], skipped: [], pending: pending.filter((p) => !due.includes(p)) };
  if (due.length === 0) return round;
  const states = new Map(due.map((p) => [p.id, p]));
  const messages = await loadOutboundMessages(db, [...states.keys()]);
  const queued = messages.filter((m) => m.direction === MessageDirection.OUTBOUND && m.status === MessageStatus.QUEUED && !m.wamid);
  // A paused or cancelled campaign's messages stay QUEUED, unclaimed: its resume asks for them again.
  const waiting = queued.filter((m) => !m.campaignHeld);
  const waitingIds = new Set(waiting.map((m) => m.id));
  round.skipped.push(...due.filter((p) => !waitingIds.has(p.id)).map((p) => p.id));
  const byChannel = new Map<string, OutboundMessage[]>();
  for (const m of waiting) byChannel.set(m.conversation.channel.id, [...(byChannel.get(m.conversation.channel.id) ?? []), m]);
  await Promise.all([...byChannel.values()].map((group) => deliverOnChannel(db, group, states, round, deps, startedAt)));
  return round;
}

type Ready = { message: OutboundMessage; state: PendingSend; request: OutboundRequest };

async function deliverOnChannel(db: Db, messages: OutboundMessage[], states: Map<string, PendingSend>, round: BatchRound, deps: BatchDeps, startedAt: number) {
  const publish = deps.publish ?? publishPushes;
  const channel = messages[0]!.conversation.channel;
  const state = (m: OutboundMessage) => states.get(m.id)!;
  const fail = async (m: OutboundMessage, failure: DeliveryFailure) => {
    if (await recordFailed(db, asDelivered(m), failure)) await publish(deliveryPushes(asDelivered(m), MessageStatus.FAILED));
    round.failed.push(m.id);
  };
  const later = (m: OutboundMessage, changes: Partial<PendingSend> & { notBefore: number }) => round.pending.push({ ...state(m), ...changes });

  if (!channel.enabled) return void (await Promise.all(messages.map((m) => fail(m, localFailure("channelDisabled")))));
  const client = (deps.graph ?? graphForChannel)(channel);
  if (!client) return void (await Promise.all(messages.map((m) => fail(m, localFailure("tokenUnreadable")))));
  const recipients = new Map<string, string>();
  for (const m of messages) {
    const to = m.conversation.lead.waId ?? m.conversation.lead.phoneE164;
    if (to) recipients.set(m.id, to);
    else await fail(m, localFailure("noRecipient"));
  }

  const claimId = randomUUID();
  const claimed = await claimForSend(db, [...recipients.keys()], claimId);
  const mine = messages.filter((m) => claimed.has(m.id));
  for (const m of messages) if (recipients.has(m.id) && !claimed.has(m.id)) later(m, { notBefore: Date.now() + CLAIM_RECHECK_MS });
  const settled = new Set<string>();
  try {
    const slotless = mine.filter((m) => state(m).leadReadyAt === null);
    const leadWaits = await reserveLeadSlots(db, channel.id, slotless.map((m) => m.conversation.leadId));
    const reservedAt = Date.now();
    slotless.forEach((m, i) => states.set(m.id, { ...state(m), leadReadyAt: reservedAt + (leadWaits[i] ?? 0) }));
    const leadReady = mine.filter((m) => (state(m).leadReadyAt ?? 0) <= Date.now() + LEAD_SLOT_SLACK_MS);
    for (const m of mine) if (!leadReady.includes(m)) later(m, { notBefore: state(m).leadReadyAt ?? Date.now() });

    const ready = await prepareAll(db, client, leadReady, recipients, state, async (m, verdict) => {
      if (verdict.kind === "again") return void round.pending.push({ ...state(m), ...verdict.changes });
      if (verdict.kind === "failed") await fail(m, verdict.failure);
      settled.add(m.id);
    });
    const recorder = createSentRecorder(db, { publish, afterSent: deps.afterSent });
    const pacer = createPacer({ inFlight: CALLS_IN_FLIGHT });
    const onVerdict = async ({ message, state: s }: Ready, verdict: SendVerdict) => {
      if (verdict.kind === "sent") {
        recorder.add({ message: asDelivered(message), wamid: verdict.wamid, sentAt: verdict.sentAt });
        round.sent.push(message.id);
      } else if (verdict.kind === "failed") {
        await fail(message, verdict.failure);
      } else {
        round.pending.push({ ...s, ...verdict.changes });
        return;
      }
      settled.add(message.id);
    };

    let queue = spreadLeads(ready);
    // Calls that would have started late: booked again in this round while its time lasts. Once one
    // of a lead's calls is late, its later ones wait with it, so the lead's messages keep their order.
    let late: Ready[] = [];
    let lateLeads = new Set<string>();
    const queueOrder = new Map(ready.map((item, index) => [item.message.id, index]));
    const inBudget = () => Date.now() - startedAt < ROUND_BUDGET_MS;
    while (queue.length > 0 && inBudget()) {
      while (queue.length > 0 && inBudget()) {
        const slots = await takeChannelSlots(db, channel, queue.length);
        if (slots.slotsAt.length === 0) {
          await sleep(Math.min(slots.retryInMs, BATCH_HORIZON_MS));
          continue;
        }
        for (const slotAt of slots.slotsAt) {
          const item = queue.shift()!;
          const lead = item.message.conversation.leadId;
          pacer.schedule(slotAt, lead, async (lateMs) => {
            if (lateMs > LATE_LIMIT_MS || lateLeads.has(lead)) {
              lateLeads.add(lead);
              late.push(item);
            } else {
              await onVerdict(item, await callAndJudge(db, item, () => item.request(client)));
            }
          });
        }
        // Book the next slots once most of these are out, so the channel is never booked far ahead.
        const lastSlotAt = slots.slotsAt.at(-1) ?? Date.now();
        if (queue.length > 0) await sleep(Math.max(0, lastSlotAt - Date.now() - BATCH_HORIZON_MS / 2));
      }
      await pacer.drain();
      queue = spreadLeads([...queue, ...late].sort((x, y) => queueOrder.get(x.message.id)! - queueOrder.get(y.message.id)!));
      late = [];
      lateLeads = new Set();
    }
    for (const item of queue) round.pending.push({ ...item.state, notBefore: Date.now() });
    // A call whose outcome could not be written (its verdict threw) is tried again in the next round.
    const kept = new Set(round.pending.map((p) => p.id));
    for (const m of mine) if (!settled.has(m.id) && !kept.has(m.id)) round.pending.push({ ...state(m), notBefore: Date.now() + 1_000 });
    await recorder.done();
  } finally {
    // Whatever was not sent or failed here goes back for a later round (or another run) to claim.
    const unsettled = mine.filter((m) => !settled.has(m.id)).map((m) => m.id);
    await releaseClaims(db, unsettled, claimId);
  }
}

/**
 * Every lead's first message, then every lead's second, and so on (each lead's in queue order): a
 * lead's next call then has its slot well after the previous one answered, instead of waiting for
 * it in the slot right behind and starting late.
 */
function spreadLeads(ready: Ready[]): Ready[] {
  const seen = new Map<string, number>();
  const ranked = ready.map((item, index) => {
    const lead = item.message.conversation.leadId;
    const rank = seen.get(lead) ?? 0;
    seen.set(lead, rank + 1);
    return { item, rank, index };
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ item }) => item);
}

async function prepareAll(
  db: Db,
  client: GraphClient,
  messages: OutboundMessage[],
  recipients: Map<string, string>,
  state: (m: OutboundMessage) => PendingSend,
  refused: (m: OutboundMessage, verdict: Exclude<SendVerdict, { kind: "sent" }>) => Promise<void>,
): Promise<Ready[]> {
  const ready: Ready[] = [];
  const uploads: AssetUploads = new Map();
  let next = 0;
  // Uploads happen before any channel slot is booked: a slot is only worth its time if the call follows.
  const worker = async () => {
    for (let i = next++; i < messages.length; i = next++) {
      const message = messages[i]!;
      try {
        const prepared = await prepareOutboundRequest(db, client, message, recipients.get(message.id)!, uploads);
        if (prepared.ok) ready.push({ message, state: state(message), request: prepared.send });
        else await refused(message, { kind: "failed", failure: prepared.failure });
      } catch (error) {
        // An upload Meta refused or that got no answer: judged as a send would be.
        const verdict = await judgeFailure(db, { message, state: state(message) }, error);
        if (verdict.kind !== "sent") await refused(message, verdict);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PREPARING_AT_ONCE, messages.length) }, worker));
  // Back in queue order, which the workers may have shuffled.
  const order = new Map(messages.map((m, i) => [m.id, i]));
  return ready.sort((a, b) => order.get(a.message.id)! - order.get(b.message.id)!);
}
