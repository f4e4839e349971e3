import "server-only";
import type { Db } from "@/server/db";
import type { SendResult } from "@/server/meta/graph-client";
import { MetaApiError } from "@/server/meta/meta-errors";
import { localFailure, metaFailure, type DeliveryFailure } from "./delivery-failures";
import { PAIR_LIMIT_CODE, pairLimitBackoffMs } from "./deliver-message";
import { pauseCampaignOnSignal } from "./campaign-sends";
import { notePendingProblem } from "./record-delivery";
import { publish } from "@/server/realtime/publish";

type Attempted = { message: { id: string; conversation: { channel: { id: string } } }; state: { pairLimitHits: number; failedAttempts: number } };

export type SendVerdict =
  | { kind: "sent"; wamid: string; sentAt: Date }
  | { kind: "failed"; failure: DeliveryFailure }
  | { kind: "again"; changes: { notBefore: number; pairLimitHits?: number; failedAttempts?: number } };

// As many tries as message/send gets (its first attempt and 10 retries).
export const MAX_FAILED_ATTEMPTS = 11;

/** Calls Meta for one message of a batch and says what the answer means for it. */
export async function callAndJudge(db: Db, attempted: Attempted, call: () => Promise<SendResult>): Promise<SendVerdict> {
  try {
    const { wamid } = await call();
    return { kind: "sent", wamid, sentAt: new Date() };
  } catch (error) {
    return judgeFailure(db, attempted, error);
  }
}

/**
 * The rules message/send applies to a failed attempt, for one message of a batch that the others
 * must not wait for: the pair limit (131056) backs off 6 s, 12 s…; a retriable problem (130429,
 * Meta's 5xx, no answer) is tried again after 1 s, 2 s, 4 s… up to 30 s, keeping the problem on the
 * QUEUED message, and after the last try fails with it; any other refusal fails the message at once.
 */
export async function judgeFailure(db: Db, { message, state }: Attempted, error: unknown): Promise<SendVerdict> {
  const now = Date.now();
  if (error instanceof MetaApiError) await publish(await pauseCampaignOnSignal(db, message.id, error.code));
  if (error instanceof MetaApiError && error.code === PAIR_LIMIT_CODE) {
    return { kind: "again", changes: { notBefore: now + pairLimitBackoffMs(state.pairLimitHits), pairLimitHits: state.pairLimitHits + 1 } };
  }
  if (error instanceof MetaApiError && !error.retriable) {
    if (error.code === 190) await db.channel.update({ where: { id: message.conversation.channel.id }, data: { tokenValid: false } });
    return { kind: "failed", failure: metaFailure(error.code, error.title ?? error.message, error.details) };
  }
  const failedAttempts = state.failedAttempts + 1;
  if (error instanceof MetaApiError) await notePendingProblem(db, message.id, { code: error.code, title: error.title ?? error.message });
  else console.warn(`[message/send-batch] envio de ${message.id} falhou: ${error instanceof Error ? error.message : String(error)}`);
  if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
    return { kind: "failed", failure: error instanceof MetaApiError ? metaFailure(error.code, error.title ?? error.message) : localFailure("gaveUp") };
  }
  return { kind: "again", changes: { notBefore: now + Math.min(2 ** (failedAttempts - 1), 30) * 1000, failedAttempts } };
}
