import "server-only";
import { ConversationStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { expireWindow, type ExpiryResult } from "./expire-window";

const BATCH = 200;

// One sweep stops after this long (a campaign's thousands of unanswered conversations come due
// together); the next sweep goes on with the rest.
const SWEEP_BUDGET_MS = 60_000;

/**
 * Windows that ended with no sleeper to close them: an arm event that never reached Inngest, and
 * every campaign conversation (campaigns arm none: run-campaign-step.ts). Batch after batch until
 * none is due or the budget is spent. Only ever acts on deadlines that really passed.
 */
export async function expireOverdueConversations(db: Db, now = new Date()): Promise<Record<ExpiryResult, number>> {
  const counts: Record<ExpiryResult, number> = { expired: 0, closed: 0, rearmed: 0, "not-open": 0, missing: 0 };
  const startedAt = Date.now();
  for (;;) {
    const due = await dueWindows(db, now);
    let ended = 0;
    for (const { id, deadline } of due) {
      const result = await expireWindow(db, id, deadline, undefined, now);
      counts[result] += 1;
      if (result === "expired" || result === "closed") ended += 1;
    }
    // A batch that ended nothing would come back as it was: stop rather than read it again.
    if (ended === 0 || Date.now() - startedAt > SWEEP_BUDGET_MS) return counts;
  }
}

async function dueWindows(db: Db, now: Date) {
  const windows = await db.conversation.findMany({
    where: { status: ConversationStatus.OPEN, windowExpiresAt: { lt: now } },
    select: { id: true, windowExpiresAt: true },
    orderBy: { windowExpiresAt: "asc" },
    take: BATCH,
  });
  // Business-initiated and unanswered: the deadline runs from the latest CONVERSATION_STARTED line.
  const unanswered = await db.$queryRaw<{ id: string; deadline: Date }[]>`
    SELECT c.id, COALESCE(s.started, c."createdAt") + make_interval(hours => ch."windowHours") AS deadline
    FROM "Conversation" c
    JOIN "Channel" ch ON ch.id = c."channelId"
    LEFT JOIN LATERAL (
      SELECT max(e."createdAt") AS started FROM "LeadEvent" e
      WHERE e."leadId" = c."leadId" AND e."conversationId" = c.id AND e.type = 'CONVERSATION_STARTED'
    ) s ON true
    WHERE c.status = 'OPEN' AND c."initiatedBy" = 'BUSINESS' AND c."windowExpiresAt" IS NULL
      AND COALESCE(s.started, c."createdAt") + make_interval(hours => ch."windowHours") < ${now}
    LIMIT ${BATCH}`;
  return [...windows.flatMap((w) => (w.windowExpiresAt ? [{ id: w.id, deadline: w.windowExpiresAt }] : [])), ...unanswered];
}
