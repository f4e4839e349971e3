import "server-only";
import type { Db } from "@/server/db";
import { applyWebhookEvents, type ApplyReport, type FollowUpDeps } from "./apply-webhook-events";

export type DrainOptions = { olderThanMs?: number; batchSize?: number; maxBatches?: number };

// An event the process that stored it has not applied within this long is taken to be orphaned.
const ORPHANED_AFTER_MS = 30_000;

/**
 * Applies stored events nobody applied (their process died between storing and applying) and
 * failures due for another try, in batches taken with FOR UPDATE SKIP LOCKED: any number of these
 * may run at once, on any instance, and never apply an event twice.
 */
export async function drainWebhookEvents(db: Db, deps: FollowUpDeps, options: DrainOptions = {}): Promise<ApplyReport> {
  const stale = { olderThanMs: options.olderThanMs ?? ORPHANED_AFTER_MS, limit: options.batchSize ?? 100 };
  const report: ApplyReport = { applied: [], failed: [] };
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch++) {
    const { applied, failed } = await applyWebhookEvents(db, { stale }, deps);
    report.applied.push(...applied);
    report.failed.push(...failed);
    if (applied.length + failed.length === 0) break;
  }
  return report;
}
