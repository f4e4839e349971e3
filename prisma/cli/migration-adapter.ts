// CLI-only driver adapter for Prisma 6.19's WASM schema engine (see README "Migrations offline").
// The stock PrismaPg adapter is fine at runtime but breaks `prisma migrate` in four ways that this
// factory fixes; the app itself never imports this file.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

type PgResult = { fields: { dataTypeID: number }[] };
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Patchable = { performIO: (query: unknown) => Promise<PgResult> };

// 4b. The WASM engine arms a 10 s timer it never clears (measured on `migrate deploy`); unref'd,
// it can no longer hold the finished CLI open, while pending queries still keep it alive.
const LONG_TIMER_MS = 5_000;
const setTimeoutWithRef = globalThis.setTimeout;
globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = setTimeoutWithRef(callback, ms, ...args);
  if ((ms ?? 0) >= LONG_TIMER_MS) timer.unref();
  return timer;
}) as typeof globalThis.setTimeout;

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

// 1. The engine reads catalog columns of type `name` and `"char"`, which the adapter cannot map.
function reportCatalogTypesAsText<T extends object>(queryable: T): T {
  const target = queryable as unknown as Patchable;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  return queryable;
}

// 3. A migration is sent as one simple-protocol query: splitting on `;` breaks `$$` bodies and
// atomicity, and the shadow database receives whole scripts through executeRaw, which a prepared
// statement refuses.
function patchAdapter(adapter: Adapter, pool: pg.Pool): Adapter {
  reportCatalogTypesAsText(adapter);
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    const result = (await pool.query(query.sql)) as pg.QueryResult | pg.QueryResult[];
    return (Array.isArray(result) ? result.at(-1)?.rowCount : result.rowCount) ?? 0;
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    reportCatalogTypesAsText(await startTransaction(isolationLevel));
  return adapter;
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

export class MigrationAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";

  constructor(private readonly connectionString: string) {}

  // 4. The CLI never disposes the adapter: let the pool's idle clients end the process.
  private pool = (connectionString: string): pg.Pool => {
    return new pg.Pool({ connectionString, allowExitOnIdle: true, idleTimeoutMillis: 1_000 });
  };

  // The CLI calls these detached from the factory: arrow properties keep `this`.
  connect = async (): Promise<Adapter> => {
    const pool = this.pool(this.connectionString);
    return patchAdapter(await new PrismaPg(pool, { disposeExternalPool: true }).connect(), pool);
  };

  // 2. A real temporary database: with a connection string, pg ignores a `database` override.
  connectToShadowDb = async (): Promise<Adapter> => {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = this.pool(this.connectionString);
    await admin.query(`CREATE DATABASE "${name}"`);
    const pool = this.pool(withDatabase(this.connectionString, name));
    const adapter = await new PrismaPg(pool).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pool.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return patchAdapter(adapter, pool);
  };
}
