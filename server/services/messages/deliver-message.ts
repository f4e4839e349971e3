import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { MessageDirection, MessageStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { GraphClient } from "@/server/meta/graph-client";
import { MetaApiError } from "@/server/meta/meta-errors";
import { publish as publishPushes } from "@/server/realtime/publish";
import type { Push } from "@/server/realtime/channels";
import { MAX_INLINE_WAIT_MS, reserveLeadSlot, takeChannelSlot } from "@/server/services/rate-limit/send-slots";
import { describeFailure, localFailure, metaFailure, type DeliveryFailure } from "./delivery-failures";
import { graphForChannel } from "@/server/services/channels/channel-graph";
import { loadOutboundMessage, type OutboundMessage } from "./load-outbound-message";
import { prepareOutboundRequest } from "./outbound-request";
import { deliveryPushes, notePendingProblem, recordFailed, recordSent } from "./record-delivery";
import { pauseCampaignOnSignal } from "./campaign-sends";
import { claimForSend, claimHeldForMs, releaseClaims } from "./send-claim";

/** Carried between attempts of one run: a lead slot is reserved once, pair-limit back-off grows. */
export type DeliveryState = { leadSlotTaken: boolean; pairLimitHits: number };

export type WaitReason = "lead-slot" | "channel-slot" | "pair-limit" | "claimed";

export type DeliveryOutcome =
  | { kind: "sent"; wamid: string }
  | { kind: "skipped"; reason: "missing" | "not-queued" | "campaign-held" }
  | { kind: "failed"; code: number | null; summary: string }
  | { kind: "wait"; ms: number; reason: WaitReason; state: DeliveryState };

export type DeliveryDeps = {
  graph?: (channel: OutboundMessage["conversation"]["channel"]) => GraphClient | null;
  publish?: (pushes: Push[]) => Promise<void>;
  /**
   * Once the wamid is stored: Meta may have reported statuses for it before, which the webhook
   * could not match yet. The caller wires the webhook domain's replay here, so sending never
   * imports webhook code.
   */
  afterSent?: (wamid: string, sentAt: Date) => Promise<unknown>;
};

export const initialDeliveryState: DeliveryState = { leadSlotTaken: false, pairLimitHits: 0 };

export const PAIR_LIMIT_CODE = 131056;
const PAIR_BACKOFF_MS = 6_000;
const MAX_PAIR_BACKOFF_MS = 5 * 60_000;

/** Meta's pair limit refused a send: the wait before the next try, growing with each refusal. */
export const pairLimitBackoffMs = (hitsBefore: number) => Math.min(PAIR_BACKOFF_MS * 2 ** hitsBefore, MAX_PAIR_BACKOFF_MS);

/**
 * One attempt at sending a QUEUED outbound message: never twice (a message with a wamid or no
 * longer QUEUED is left alone, so a retry after a timeout checks first), within the lead's pair
 * limit and the channel's throughput. Meta errors that a retry cannot fix mark the message FAILED;
 * the ones a retry can fix are thrown for Inngest to retry.
 */
export async function deliverMessage(db: Db, messageId: string, state: DeliveryState, deps: DeliveryDeps = {}): Promise<DeliveryOutcome> {
  const publish = deps.publish ?? publishPushes;
  const message = await loadOutboundMessage(db, messageId);
  if (!message) return { kind: "skipped", reason: "missing" };
  if (message.direction !== MessageDirection.OUTBOUND || message.status !== MessageStatus.QUEUED || message.wamid) {
    return { kind: "skipped", reason: "not-queued" };
  }
  if (message.campaignHeld) return { kind: "skipped", reason: "campaign-held" };
  const { conversation } = message;
  const delivered = { ...message, conversation: { id: conversation.id, assigneeId: conversation.assigneeId, leadId: conversation.leadId } };
  const fail = async (failure: DeliveryFailure): Promise<DeliveryOutcome> => {
    if (await recordFailed(db, delivered, failure)) await publish(deliveryPushes(delivered, MessageStatus.FAILED));
    return { kind: "failed", code: failure.code, summary: describeFailure(failure) };
  };

  if (!conversation.channel.enabled) return fail(localFailure("channelDisabled"));
  const to = conversation.lead.waId ?? conversation.lead.phoneE164;
  if (!to) return fail(localFailure("noRecipient"));
  const client = (deps.graph ?? graphForChannel)(conversation.channel);
  if (!client) return fail(localFailure("tokenUnreadable"));

  const claimId = randomUUID();
  if (!(await claimForSend(db, [message.id], claimId)).has(message.id)) {
    // Another attempt holds it (a batch run, an overlapping retry): look again once its claim ends.
    return { kind: "wait", ms: Math.max(await claimHeldForMs(db, message.id), MAX_INLINE_WAIT_MS), reason: "claimed", state };
  }
  let outcome: ClaimedOutcome | undefined;
  try {
    outcome = await sendClaimed(db, message, state, client, to, fail);
  } finally {
    // A recorded outcome (sent, failed) ended the claim; anything else gives it back for the next attempt.
    if (outcome?.kind !== "sent" && outcome?.kind !== "failed") await releaseClaims(db, [message.id], claimId);
  }
  if (outcome.kind === "sent") {
    const sentAt = outcome.sentAt;
    const recorded = await recordSent(db, delivered, outcome.wamid, sentAt);
    if (recorded) {
      await publish(deliveryPushes(delivered, MessageStatus.SENT));
      await deps.afterSent?.(outcome.wamid, sentAt).catch((error: unknown) =>
        console.warn(`[message/send] status antecipados de ${message.id} não reaplicados: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
    return { kind: "sent", wamid: outcome.wamid };
  }
  return outcome;
}

type ClaimedOutcome = Exclude<DeliveryOutcome, { kind: "sent" | "skipped" }> | { kind: "sent"; wamid: string; sentAt: Date };

async function sendClaimed(
  db: Db,
  message: OutboundMessage,
  state: DeliveryState,
  client: GraphClient,
  to: string,
  fail: (failure: DeliveryFailure) => Promise<DeliveryOutcome>,
): Promise<ClaimedOutcome> {
  const { conversation } = message;
  const failed = async (failure: DeliveryFailure) => (await fail(failure)) as ClaimedOutcome;
  if (!state.leadSlotTaken) {
    const waitMs = await reserveLeadSlot(db, conversation.channel.id, conversation.leadId);
    state = { ...state, leadSlotTaken: true };
    if (waitMs > MAX_INLINE_WAIT_MS) return { kind: "wait", ms: waitMs, reason: "lead-slot", state };
    if (waitMs > 0) await sleep(waitMs);
  }

  let wamid: string;
  try {
    // Uploads happen before the channel slot is taken: a slot is only worth its time if the send follows at once.
    const request = await prepareOutboundRequest(db, client, message, to);
    if (!request.ok) return failed(request.failure);
    const slot = await takeChannelSlot(db, conversation.channel);
    if (!slot.ok) return { kind: "wait", ms: slot.retryInMs, reason: "channel-slot", state };
    if (slot.waitMs > 0) await sleep(slot.waitMs);
    ({ wamid } = await request.send(client));
  } catch (error) {
    if (!(error instanceof MetaApiError)) throw error;
    await publishPushes(await pauseCampaignOnSignal(db, message.id, error.code));
    if (error.code === PAIR_LIMIT_CODE) {
      return { kind: "wait", ms: pairLimitBackoffMs(state.pairLimitHits), reason: "pair-limit", state: { ...state, pairLimitHits: state.pairLimitHits + 1 } };
    }
    if (error.retriable) {
      await notePendingProblem(db, message.id, { code: error.code, title: error.title ?? error.message });
      throw error;
    }
    if (error.code === 190) await db.channel.update({ where: { id: conversation.channel.id }, data: { tokenValid: false } });
    return failed(metaFailure(error.code, error.title ?? error.message, error.details));
  }
  return { kind: "sent", wamid, sentAt: new Date() };
}
