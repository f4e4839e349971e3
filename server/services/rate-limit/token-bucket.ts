import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { rawQuery, type Db } from "@/server/db";

export type Bucket = { key: string; ratePerSecond: number; capacity: number };

/** granted: the token is yours waitMs after `at` (the database's time of the reservation). Refused: a token is free again in readyInMs. */
export type Reservation = { granted: true; waitMs: number; at: Date } | { granted: false; readyInMs: number };

type Options = {
  /** Longest wait a caller accepts for its token; 0 takes only a token that is free now. */
  maxWaitMs?: number;
  /** Treat the bucket as empty until then: the first reservation waits at least this long. */
  notBeforeMs?: number;
};

// Far beyond any wait a caller could mean; keeps the SQL free of special cases.
const UNBOUNDED_DEBT = 1e12;

/**
 * A token bucket in one `RateBucket` row, taken with one atomic upsert. Tokens may go negative:
 * a granted reservation with waitMs > 0 owns a slot in the future, so callers that arrive together
 * are spread one token apart instead of all waking at once and fighting for the next token.
 * Time is the database's clock, the one every app instance shares.
 */
export async function reserveToken(db: Db, bucket: Bucket, options: Options = {}): Promise<Reservation> {
  const rate = bucket.ratePerSecond;
  if (!(rate > 0) || !(bucket.capacity >= 1)) throw new Error(`Invalid bucket ${bucket.key}: rate ${rate}, capacity ${bucket.capacity}`);
  const maxDebt = options.maxWaitMs === undefined ? 0 : Math.min(UNBOUNDED_DEBT, (options.maxWaitMs / 1000) * rate);
  const ceiling = options.notBeforeMs ? 1 - (options.notBeforeMs / 1000) * rate : bucket.capacity;
  // clock_timestamp(), not a time taken before the statement: a concurrent caller waits for the
  // row lock, and its refill must be measured from when it actually holds the row.
  const level = Prisma.sql`LEAST(${bucket.capacity}::float8, ${ceiling}::float8,
    b.tokens + GREATEST(0, EXTRACT(EPOCH FROM clock_timestamp() - b."updatedAt")::float8) * ${rate}::float8)`;
  const rows = await db.$queryRaw<{ tokens: number; at: Date }[]>`
    INSERT INTO "RateBucket" AS b (key, tokens, "updatedAt")
    VALUES (${bucket.key}, LEAST(${bucket.capacity}::float8, ${ceiling}::float8) - 1, clock_timestamp())
    ON CONFLICT (key) DO UPDATE
      SET tokens = ${level} - 1, "updatedAt" = GREATEST(b."updatedAt", clock_timestamp())
      WHERE ${level} - 1 >= ${-maxDebt}::float8
    RETURNING tokens, "updatedAt" AS at`;
  const taken = rows[0];
  if (taken) return { granted: true, waitMs: Math.max(0, Math.ceil((-taken.tokens / rate) * 1000)), at: taken.at };
  return { granted: false, readyInMs: await readyIn(db, bucket) };
}

// Refused: how long until a token is free, i.e. until a reservation would not wait at all.
async function readyIn(db: Db, bucket: Bucket): Promise<number> {
  const rows = await db.$queryRaw<{ level: number }[]>`
    SELECT LEAST(${bucket.capacity}::float8,
      tokens + GREATEST(0, EXTRACT(EPOCH FROM clock_timestamp() - "updatedAt")::float8) * ${bucket.ratePerSecond}::float8) AS level
    FROM "RateBucket" WHERE key = ${bucket.key}`;
  const level = rows[0]?.level ?? bucket.capacity;
  return Math.max(0, Math.ceil(((1 - level) / bucket.ratePerSecond) * 1000));
}

/** `count` tokens taken at once from each bucket; each token's wait, in the order they were taken. */
export type BulkReservation = { key: string; waitsMs: number[]; at: Date };

/**
 * Reserves `count` tokens from each of many buckets of one rate and capacity in one statement, with
 * no bound on the wait: the i-th token of a bucket waits as if it had been reserved alone after the
 * ones before it (reserveToken with maxWaitMs infinite, called `count` times in a row).
 */
export async function reserveTokens(
  db: Db,
  shape: { ratePerSecond: number; capacity: number },
  wanted: { key: string; count: number }[],
): Promise<BulkReservation[]> {
  const rate = shape.ratePerSecond;
  if (!(rate > 0) || !(shape.capacity >= 1)) throw new Error(`Invalid buckets: rate ${rate}, capacity ${shape.capacity}`);
  const buckets = wanted.filter((w) => w.count > 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (buckets.length === 0) return [];
  const keys = buckets.map((b) => b.key);
  const counts = buckets.map((b) => b.count);
  // EXCLUDED.tokens is the would-be new row (capacity - count), so the count is recovered from it;
  // keys in sorted order so two batches never lock the same buckets in opposite orders.
  // Through pg straight (rawQuery): a batch takes slots several times a second.
  const rows = await rawQuery<{ key: string; tokens: number; at: Date }>(
    db,
    `INSERT INTO "RateBucket" AS b (key, tokens, "updatedAt")
     SELECT w.key, $3::float8 - w.n, clock_timestamp()
     FROM unnest($1::text[], $2::int[]) AS w(key, n) ORDER BY w.key
     ON CONFLICT (key) DO UPDATE
       SET tokens = LEAST($3::float8,
             b.tokens + GREATEST(0, EXTRACT(EPOCH FROM clock_timestamp() - b."updatedAt")::float8) * $4::float8)
           - ($3::float8 - EXCLUDED.tokens),
         "updatedAt" = GREATEST(b."updatedAt", clock_timestamp())
     RETURNING key, tokens, "updatedAt" AS at`,
    [keys, counts, shape.capacity, rate],
  );
  const countOf = new Map(buckets.map((b) => [b.key, b.count]));
  return rows.map((row) => {
    const count = countOf.get(row.key) ?? 0;
    // The last token leaves `tokens`; the one before it one more, and so on.
    const waitsMs = Array.from({ length: count }, (_, i) => Math.max(0, Math.ceil((-(row.tokens + (count - 1 - i)) / rate) * 1000)));
    return { key: row.key, waitsMs, at: row.at };
  });
}

/** The tokens a bucket holds now (its capacity when it was never used); negative while reservations are owed. */
export async function bucketLevel(db: Db, bucket: Bucket): Promise<number> {
  const rows = await rawQuery<{ level: number }>(
    db,
    `SELECT LEAST($1::float8, tokens + GREATEST(0, EXTRACT(EPOCH FROM clock_timestamp() - "updatedAt")::float8) * $2::float8) AS level
     FROM "RateBucket" WHERE key = $3`,
    [bucket.capacity, bucket.ratePerSecond, bucket.key],
  );
  return rows[0]?.level ?? bucket.capacity;
}
