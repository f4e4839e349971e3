// CPU per message sent, read from /proc for every process a send crosses (Next, the executor, the
// sandbox, Soketi, the bench database's backends — the executor's own apart, as Inngest's cloud
// pays for those in production — and the bench itself): other work on the same 2 cores barely
// moves it, unlike msg/s.
import { rawQuery, type Db } from "../server/db";
import { cpuMsPerByProcess, cpuTicksByProcess, sendSideProcesses, type ProcessTicks } from "./process-cpu";
import type { BenchTable } from "./table";

export type BenchApp = { databaseName: string; launcherPid: number };

/** The application_name of the bench's own connections, told apart from the app's. */
export const BENCH_APPLICATION_NAME = "comunicador-bench";

const ownCpuTicks = () => Math.round((process.cpuUsage().user + process.cpuUsage().system) / 10_000);

async function backendsOf(db: Db, applicationName: string): Promise<Set<number>> {
  const rows = await rawQuery<{ pid: number }>(db, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [applicationName]);
  return new Set(rows.map((row) => row.pid));
}

async function readTicks(db: Db, app: BenchApp): Promise<ProcessTicks> {
  const backends = { executor: await backendsOf(db, "inngest-local"), bench: await backendsOf(db, BENCH_APPLICATION_NAME) };
  const ticks = cpuTicksByProcess(sendSideProcesses(app.databaseName, app.launcherPid, backends));
  return ticks.set(process.pid, { name: "bench", ticks: ownCpuTicks() });
}

/** Starts counting; `stop()` ends it and gives the function that adds the row for `sent` messages. */
export async function countSendCpu(db: Db, app: BenchApp) {
  const before = await readTicks(db, app);
  const stop = async () => {
    const after = await readTicks(db, app);
    return (table: BenchTable, label: string, sent: number, note: string) => reportRow(table, label, cpuMsPerByProcess(before, after, sent), note);
  };
  return { stop };
}

function reportRow(table: BenchTable, label: string, perMessage: Record<string, number>, note: string) {
  const total = Object.values(perMessage).reduce((sum, value) => sum + value, 0);
  table.row(
    `${label}: CPU per message sent (from /proc)`,
    `${total.toFixed(2)} ms in all`,
    Object.entries(perMessage).map(([name, value]) => `${name} ${value.toFixed(2)} ms`).join(" · "),
    `${note}2 cores hold ≈ 2 ms per message at 1,000/s; postgres = the bench database's backends, the executor's (Inngest's cloud in production) apart`,
  );
}

type TableWrites = Map<string, { inserted: number; updated: number; hot: number; deleted: number }>;

async function tableWrites(db: Db): Promise<TableWrites> {
  // Backends report their counts at most once a second: give the last ones time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const rows = await rawQuery<{ name: string; ins: string; upd: string; hot: string; del: string }>(
    db,
    `SELECT schemaname || '.' || relname AS name, n_tup_ins AS ins, n_tup_upd AS upd, n_tup_hot_upd AS hot, n_tup_del AS del FROM pg_stat_user_tables`,
    [],
  );
  return new Map(rows.map((row) => [row.name.replace(/^public\./, ""), { inserted: Number(row.ins), updated: Number(row.upd), hot: Number(row.hot), deleted: Number(row.del) }]));
}

/**
 * Rows written per message sent, by table (PostgreSQL's own counters): what the database's CPU per
 * message is made of, independent of the machine's load.
 */
export async function countRowWrites(db: Db) {
  const before = await tableWrites(db);
  const stop = async () => {
    const after = await tableWrites(db);
    return (table: BenchTable, label: string, sent: number) => {
      const perMessage = [...after]
        .map(([name, now]) => {
          const then = before.get(name) ?? { inserted: 0, updated: 0, hot: 0, deleted: 0 };
          const delta = { inserted: now.inserted - then.inserted, updated: now.updated - then.updated, hot: now.hot - then.hot, deleted: now.deleted - then.deleted };
          return { name, ...delta, total: delta.inserted + delta.updated + delta.deleted };
        })
        .filter((row) => row.total > 0)
        .sort((a, b) => b.total - a.total);
      const each = (n: number) => (n / sent).toFixed(2);
      const describe = (row: (typeof perMessage)[number]) =>
        `${row.name} ${[row.inserted && `+${each(row.inserted)}`, row.updated && `~${each(row.updated)} (${Math.round((100 * row.hot) / row.updated)} % HOT)`, row.deleted && `−${each(row.deleted)}`].filter(Boolean).join(" ")}`;
      const total = perMessage.reduce((sum, row) => sum + row.total, 0);
      table.row(
        `${label}: rows written per message (pg_stat_user_tables)`,
        `${each(total)} rows`,
        perMessage.slice(0, 12).map(describe).join(" · "),
        "+ inserted, ~ updated (HOT: no index touched), − deleted; inngest_local.* is the executor's (Inngest's cloud in production)",
      );
    };
  };
  return { stop };
}
