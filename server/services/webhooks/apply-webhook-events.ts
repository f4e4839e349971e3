import "server-only";
import type { Db } from "@/server/db";
import type { Jobs } from "@/server/jobs/jobs";
import type { Push } from "@/server/realtime/channels";
import type { ApplyOutcome } from "./apply-context";
import { applyStoredWebhooks } from "./apply-webhook";
import { claimWebhookEvents, type Claim } from "./claim-webhook-events";
import { describeError } from "./describe-error";
import { mergeOutcomes } from "./merge-outcomes";
import { recordApplyFailure } from "./record-apply-failure";
import { retryOnConflict } from "./retry-on-conflict";
import { scheduleFollowUps } from "./schedule-follow-ups";

export type FollowUpDeps = { publish: (pushes: Push[]) => Promise<void>; jobs: Jobs };

export type ApplyReport = { applied: string[]; failed: string[] };

const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

async function applyClaimed(db: Db, claim: Claim): Promise<{ ids: string[]; outcomes: ApplyOutcome[] }> {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const events = await claimWebhookEvents(tx, claim);
      return { ids: events.map((e) => e.id), outcomes: await applyStoredWebhooks(tx, events) };
    }, TX_OPTIONS),
  );
}

// Which events a failed batch held: those of an `ids` claim, or the ones its claim would take now.
async function candidates(db: Db, claim: Claim): Promise<string[]> {
  if ("ids" in claim) return claim.ids;
  return db.$transaction(async (tx) => (await claimWebhookEvents(tx, claim)).map((e) => e.id));
}

export type AppliedBatch = { report: ApplyReport; outcomes: ApplyOutcome[] };

/**
 * Claims stored webhook events and applies them in one transaction that also marks them
 * processed. When the batch fails, each event is tried alone so that one bad event never holds
 * the others back; an event that fails alone gets its error recorded and is retried later, a
 * bounded number of times. The outcomes are for `followUp`, once the caller chooses.
 */
export async function applyWithoutFollowUps(db: Db, claim: Claim): Promise<AppliedBatch> {
  try {
    const batch = await applyClaimed(db, claim);
    return { report: { applied: batch.ids, failed: [] }, outcomes: batch.outcomes };
  } catch (batchError) {
    const ids = await candidates(db, claim).catch(() => []);
    if (ids.length <= 1) {
      await recordApplyFailure(db, ids, batchError);
      return { report: { applied: [], failed: ids }, outcomes: [] };
    }
    const applied: AppliedBatch = { report: { applied: [], failed: [] }, outcomes: [] };
    for (const id of ids) {
      const one = await applyWithoutFollowUps(db, { ids: [id] });
      applied.report.applied.push(...one.report.applied);
      applied.report.failed.push(...one.report.failed);
      applied.outcomes.push(...one.outcomes);
    }
    return applied;
  }
}

/** Applies stored webhook events (applyWithoutFollowUps), then pushes and schedules their follow-ups once, coalesced. */
export async function applyWebhookEvents(db: Db, claim: Claim, deps: FollowUpDeps): Promise<ApplyReport> {
  const { report, outcomes } = await applyWithoutFollowUps(db, claim);
  await followUp(outcomes, deps);
  return report;
}

/** Realtime pushes and background jobs for outcomes whose transaction committed, coalesced per conversation. */
export async function followUp(outcomes: ApplyOutcome[], deps: FollowUpDeps) {
  if (outcomes.length === 0) return;
  const merged = mergeOutcomes(outcomes);
  try {
    await deps.publish(merged.pushes);
    await scheduleFollowUps(merged, deps.jobs);
  } catch (error) {
    // Both log their own failures; this only keeps a thrown one from looking like a failed apply.
    console.warn(`[webhook] acompanhamento falhou: ${describeError(error)}`);
  }
}
