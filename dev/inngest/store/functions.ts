import { nextCronFire, parseCron } from "../cron";
import { type AppRegistration, type FunctionDef, cronTriggers } from "../registration";
import { type Pool, type Queryable, type Tx, json, schemaName as s, withTx } from "./db";

export type AppRow = { id: string; url: string; syncedAt: number };

/**
 * Replaces the app's functions; crons keep their next fire time unless their schedule changed.
 * Returns whether the functions differ from what was stored.
 */
export async function saveApp(pool: Pool, app: AppRegistration, now: number): Promise<boolean> {
  return withTx(pool, async (tx) => {
    const { rows } = await tx.query<{ definition: FunctionDef }>(`SELECT definition FROM ${s}.functions WHERE app_id = $1 ORDER BY id`, [app.appId]);
    const before = canonicalJson(rows.map((row) => row.definition));
    const after = canonicalJson([...app.functions].sort((a, b) => (a.id < b.id ? -1 : 1)));
    await tx.query(
      `INSERT INTO ${s}.apps (id, url, synced_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, synced_at = EXCLUDED.synced_at`,
      [app.appId, app.url, now],
    );
    const ids = app.functions.map((fn) => fn.id);
    await tx.query(`DELETE FROM ${s}.functions WHERE app_id = $1 AND NOT (id = ANY($2::text[]))`, [app.appId, ids]);
    for (const fn of app.functions) {
      await tx.query(
        `INSERT INTO ${s}.functions (id, app_id, definition) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (id) DO UPDATE SET app_id = EXCLUDED.app_id, definition = EXCLUDED.definition`,
        [fn.id, app.appId, json(fn)],
      );
    }
    await syncCrons(tx, app, now);
    return before !== after;
  });
}

/** jsonb does not keep key order, so compare with keys sorted. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

async function syncCrons(tx: Tx, app: AppRegistration, now: number): Promise<void> {
  const wanted = app.functions.flatMap((fn) => cronTriggers(fn).map((t) => ({ fnId: fn.id, cron: t.cron })));
  await tx.query(
    `DELETE FROM ${s}.crons c
     WHERE (c.fn_id IN (SELECT id FROM ${s}.functions WHERE app_id = $1)
            OR NOT EXISTS (SELECT 1 FROM ${s}.functions f WHERE f.id = c.fn_id))
       AND NOT (c.fn_id || E'\\n' || c.cron = ANY($2::text[]))`,
    [app.appId, wanted.map(({ fnId, cron }) => `${fnId}\n${cron}`)],
  );
  for (const { fnId, cron } of wanted) {
    await tx.query(
      `INSERT INTO ${s}.crons (fn_id, cron, next_fire_at) VALUES ($1, $2, $3) ON CONFLICT (fn_id, cron) DO NOTHING`,
      [fnId, cron, nextCronFire(parseCron(cron), now)],
    );
  }
}

export async function listFunctions(db: Queryable): Promise<FunctionDef[]> {
  const { rows } = await db.query<{ definition: FunctionDef }>(`SELECT definition FROM ${s}.functions ORDER BY id`);
  return rows.map((row) => row.definition);
}

export async function getFunction(db: Queryable, id: string): Promise<FunctionDef | undefined> {
  const { rows } = await db.query<{ definition: FunctionDef }>(`SELECT definition FROM ${s}.functions WHERE id = $1`, [id]);
  return rows[0]?.definition;
}

export async function listApps(db: Queryable): Promise<AppRow[]> {
  const { rows } = await db.query<{ id: string; url: string; synced_at: string }>(`SELECT * FROM ${s}.apps ORDER BY id`);
  return rows.map((row) => ({ id: row.id, url: row.url, syncedAt: Number(row.synced_at) }));
}

export type DueCron = { fnId: string; cron: string; fireAt: number };

export async function claimDueCron(tx: Tx, now: number): Promise<DueCron | undefined> {
  const { rows } = await tx.query<{ fn_id: string; cron: string; next_fire_at: string }>(
    `SELECT fn_id, cron, next_fire_at FROM ${s}.crons WHERE next_fire_at <= $1
     ORDER BY next_fire_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [now],
  );
  const row = rows[0];
  return row && { fnId: row.fn_id, cron: row.cron, fireAt: Number(row.next_fire_at) };
}

export async function setCronNextFire(tx: Tx, due: DueCron, next: number): Promise<void> {
  await tx.query(`UPDATE ${s}.crons SET next_fire_at = $3 WHERE fn_id = $1 AND cron = $2`, [due.fnId, due.cron, next]);
}
