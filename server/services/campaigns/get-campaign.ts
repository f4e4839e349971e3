import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recipientRowsSql } from "./recipient-rows";
import { DERIVED_RECIPIENT_STATUSES, type DerivedRecipientStatus } from "./recipient-states";

// Recipients the engine has not finished with: the progress bar counts the others as done.
const PENDING: ReadonlySet<DerivedRecipientStatus> = new Set(["WAITING", "HELD"]);

/** One campaign for its page: settings, pause reason, recipients counted by derived status, progress. */
export async function getCampaign(db: Db, campaignId: string) {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      name: true,
      status: true,
      pauseReasonCode: true,
      segment: true,
      variableSources: true,
      startsAt: true,
      startedAt: true,
      finishedAt: true,
      sendingFromMinute: true,
      sendingUntilMinute: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      channel: { select: { id: true, name: true, displayPhoneNumber: true } },
      template: { select: { id: true, name: true, language: true } },
    },
  });
  if (!campaign) throw new AppError("NOT_FOUND", "campaigns.notFound");
  const rows = await db.$queryRaw<{ status: DerivedRecipientStatus; count: bigint }[]>(
    Prisma.sql`SELECT status, count(*) AS count FROM (${recipientRowsSql(campaignId)}) rows GROUP BY status`,
  );
  const counts = Object.fromEntries(DERIVED_RECIPIENT_STATUSES.map((s) => [s, 0])) as Record<DerivedRecipientStatus, number>;
  for (const row of rows) counts[row.status] = Number(row.count);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const pending = [...PENDING].reduce((sum, s) => sum + counts[s], 0);
  return {
    ...campaign,
    counts,
    progress: { total, done: total - pending, pending, failed: counts.FAILED, percent: total === 0 ? 0 : Math.floor(((total - pending) * 100) / total) },
  };
}
