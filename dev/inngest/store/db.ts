import pg from "pg";

export type Pool = pg.Pool;
export type Tx = pg.PoolClient;
/** Anything that can run a query: the pool or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, "query"> | Pick<pg.PoolClient, "query">;

export const schemaName = "inngest_local";

export function createPool(connectionString: string, max: number): Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: "inngest-local" });
  // An idle client losing its connection must not crash the executor.
  pool.on("error", () => {});
  return pool;
}

export async function withTx<T>(pool: Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = await pool.connect();
  try {
    await tx.query("BEGIN");
    const result = await work(tx);
    await tx.query("COMMIT");
    return result;
  } catch (error) {
    await tx.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}

/** jsonb parameters go in as text so that a JSON `null` stays a value and not SQL NULL. */
export function json(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}
