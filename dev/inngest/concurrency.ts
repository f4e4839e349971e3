import { cachedExpression, keyValue } from "./expression";
import type { ConcurrencyRule } from "./registration";
import type { Tx } from "./store/db";

/**
 * Takes, for a call about to start, one of the `limit` slots of each of the function's concurrency
 * rules (its key evaluated on the run's event), as transaction-scoped advisory locks: they are held
 * while the call's transaction is (the whole call) and go with it, or with a crashed executor's
 * connection. False when some rule has no free slot; the caller then rolls back what was taken.
 */
export async function takeConcurrencySlots(tx: Tx, fnId: string, rules: ConcurrencyRule[], event: unknown): Promise<boolean> {
  for (const [index, rule] of rules.entries()) {
    const key = `${fnId}\n${index}\n${rule.key ? keyValue(cachedExpression(rule.key), { event }) : ""}`;
    // Streams generate_series and stops at the first slot it could lock: never holds two.
    const { rows } = await tx.query(
      `SELECT slot FROM generate_series(0, $2::int - 1) AS slot WHERE pg_try_advisory_xact_lock(hashtextextended($1, slot)) LIMIT 1`,
      [key, rule.limit],
    );
    if (rows.length === 0) return false;
  }
  return true;
}
