import "server-only";
import type { Tx } from "./apply-context";

export type AppliedMark = { id: string; channelId: string | null; error: string | null; unmatchedStatuses: boolean };

/** Marks a batch of webhook events processed in one statement, inside the transaction that applied them. */
export async function markEventsApplied(tx: Tx, marks: AppliedMark[]) {
  if (marks.length === 0) return;
  await tx.$executeRaw`
    UPDATE "WebhookEvent" AS w SET "processedAt" = now(), "channelId" = v."channelId", "error" = v."error", "retryAt" = NULL,
      "unmatchedStatuses" = v."unmatchedStatuses"
    FROM unnest(${marks.map((m) => m.id)}::text[], ${marks.map((m) => m.channelId)}::text[], ${marks.map((m) => m.error)}::text[],
      ${marks.map((m) => m.unmatchedStatuses)}::boolean[])
      AS v("id", "channelId", "error", "unmatchedStatuses")
    WHERE w."id" = v."id"`;
}
