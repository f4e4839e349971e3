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
// A word rare among the newest messages can still be common in older ones (a development launched
// last year): the index would hand over hundreds of thousands of matches, whose sort took seconds.
// Past this many, the newest are found by reading messages newest first, up to the deep budget.
const RARE_MATCH_CAP = 5_000;
const DEEP_WALK_BUDGET_MESSAGES = 200_000;

type Row = { conversationId: string };

// The newest `scan` messages, newest first, filtered: never reads more than `scan` rows.
function newestMatches(db: Db, match: Prisma.Sql, scan: number) {
  return db.$queryRaw<Row[]>`
    SELECT "conversationId" FROM (
      SELECT "conversationId", "createdAt", "body", "transcript", "bodySearch" FROM "Message" ORDER BY "createdAt" DESC LIMIT ${scan}
    ) recent
    WHERE ${match} LIMIT ${COMMON_MATCH_LIMIT}`;
}

// Every match through the indexes (up to the cap), then the newest; null past the cap. MATERIALIZED
// keeps the planner from walking the createdAt index in search of them, which it would pick whenever
// it overestimates how many match (a prefix such as "xilofon:*" is guessed at 2 % of all messages)
// and then read every message. With that guess it would also start parallel workers and compile the
// plan to machine code (JIT: about 20 ms at 5M messages, against 7 ms for the whole search), both
// costing more than the few matches a rare search has; and the cap could tempt it into a full scan.
async function allMatchesNewestFirst(db: Db, match: Prisma.Sql): Promise<Row[] | null> {
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true),
      set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
    db.$queryRaw<(Row & { matched: bigint })[]>`
      WITH matched AS MATERIALIZED (SELECT "conversationId", "createdAt" FROM "Message" WHERE ${match} LIMIT ${RARE_MATCH_CAP + 1})
      SELECT "conversationId", (SELECT count(*) FROM matched) AS matched FROM matched ORDER BY "createdAt" DESC LIMIT ${MESSAGE_MATCH_LIMIT}`,
  ]);
  return Number(rows[0]?.matched ?? 0) > RARE_MATCH_CAP ? null : rows;
}

/**
 * Conversations whose recent messages (text or a voice note's transcript) match: those of the
 * newest MESSAGE_MATCH_LIMIT matching messages (COMMON_MATCH_LIMIT for a common search). The plan
 * is picked from the newest messages rather than from the planner's guess: a common word
 * ("apartamento") is found by reading recent messages in order, a rare one through the full text index,
 * and one rare lately but common in older messages by reading further back.
 */
export async function conversationsWithMatchingMessages(db: Db, match: Prisma.Sql): Promise<string[]> {
  const probe = await newestMatches(db, match, PROBE_MESSAGES);
  const common = probe.length >= PROBE_MESSAGES * COMMON_SHARE;
  const rows = common
    ? probe.length >= COMMON_MATCH_LIMIT
      ? probe
      : await newestMatches(db, match, WALK_BUDGET_MESSAGES)
    : ((await allMatchesNewestFirst(db, match)) ?? (await newestMatches(db, match, DEEP_WALK_BUDGET_MESSAGES)));
  return [...new Set(rows.map((row) => row.conversationId))];
}
