import "server-only";
import { CampaignStatus, MessageDirection, MessageStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { Jobs } from "@/server/jobs/jobs";

// Longer than any legitimate wait in message/send (rate-limit sleeps, retry back-off), so a run
// still in progress is never doubled; message/send re-reads the message before sending anyway.
export const STUCK_AFTER_MS = 30 * 60_000;
const BATCH = 500;

/**
 * A QUEUED message whose send event never reached Inngest (it was down at the time) would wait
 * forever: ask for its send again, under a new event id per sweep window (the jobs port's
 * requeueSends) so Inngest does not drop it as a duplicate of the lost one.
 */
export async function requeueStuckMessages(db: Db, jobs: Jobs, now = new Date()) {
  const stuck = await db.message.findMany({
    where: {
      direction: MessageDirection.OUTBOUND,
      status: MessageStatus.QUEUED,
      wamid: null,
      createdAt: { lt: new Date(+now - STUCK_AFTER_MS) },
      // A paused campaign's messages wait on purpose (its resume asks for them): they are not stuck.
      NOT: { campaignRecipient: { is: { campaign: { status: { in: [CampaignStatus.PAUSED, CampaignStatus.CANCELLED] } } } } },
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  const window = Math.floor(+now / STUCK_AFTER_MS);
  await jobs.requeueSends(stuck.map(({ id }) => id), window);
  return { requeued: stuck.length };
}
