import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

// Up to this many of the most recent matching messages; a broader search should be narrowed. A
// common search reads messages until it has its matches, so it takes fewer: they already span more
// conversations than the list shows in several pages.
const MESSAGE_MATCH_LIMIT = 2_000;
const COMMON_MATCH_LIMIT = 1_000;
// The newest messages read to tell a common search from a rare one, and at most for a common one.
const PROBE_MESSAGES = 2_000;
const WALK_BUDGET_MESSAGES = 20_000;
// From this share of matching messages on, reading the newest messages in order finds the newest
// matches sooner than the full text index, which must hand over every match before they are sorted.
const COMMON_SHARE = 0.01;

type Row = { conversationId: string };

// The newest `scan` messages, newest first, filtered: never reads more than `scan` rows.
function newestMatches(db: Db, match: Prisma.Sql, scan: number) {
  return db.$queryRaw<Row[]>`
    SELECT "conversationId" FROM (
      SELECT "conversationId", "createdAt", "body", "transcript", "bodySearch" FROM "Message" ORDER BY "createdAt" DESC LIMIT ${scan}
    ) recent
    WHERE ${match} LIMIT ${COMMON_MATCH_LIMIT}`;
}

// Every match through the indexes, then the newest. MATERIALIZED keeps the planner from walking the
// createdAt index in search of them, which it would pick whenever it overestimates how many match
// (a prefix such as "xilofon:*" is guessed at 2 % of all messages) and then read every message. With
// that guess it would also start parallel workers, and compile the plan to machine code (JIT: about
// 20 ms at 5M messages, against 7 ms for the whole search), both costing more than the few matches
// a rare search has.
async function allMatchesNewestFirst(db: Db, match: Prisma.Sql) {
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`,
    db.$queryRaw<Row[]>`
      WITH matched AS MATERIALIZED (SELECT "conversationId", "createdAt" FROM "Message" WHERE ${match})
      SELECT "conversationId" FROM matched ORDER BY "createdAt" DESC LIMIT ${MESSAGE_MATCH_LIMIT}`,
  ]);
  return rows;
}

/**
 * Conversations whose recent messages (text or a voice note's transcript) match: those of the
 * newest MESSAGE_MATCH_LIMIT matching messages (COMMON_MATCH_LIMIT for a common search). The plan
 * is picked from the newest messages rather than from the planner's guess: a common word
 * ("apartamento") is found by reading recent messages in order, a rare one through the full text index.
 */
export async function conversationsWithMatchingMessages(db: Db, match: Prisma.Sql): Promise<string[]> {
  const probe = await newestMatches(db, match, PROBE_MESSAGES);
  const common = probe.length >= PROBE_MESSAGES * COMMON_SHARE;
  const rows = !common ? await allMatchesNewestFirst(db, match) : probe.length >= COMMON_MATCH_LIMIT ? probe : await newestMatches(db, match, WALK_BUDGET_MESSAGES);
  return [...new Set(rows.map((row) => row.conversationId))];
}
