// CPU per message sent, read from /proc for every process a send crosses (Next, the executor, the
// sandbox, Soketi, the bench database's backends — the executor's own apart, as Inngest's cloud
// pays for those in production — and the bench itself): other work on the same 2 cores barely
// moves it, unlike msg/s.
import { rawQuery, type Db } from "../server/db";
import { cpuMsPer, cpuTicks, sendSideProcesses, type CpuTicks } from "./process-cpu";
import type { BenchTable } from "./table";

export type BenchApp = { databaseName: string; launcherPid: number };

const ownCpuTicks = () => Math.round((process.cpuUsage().user + process.cpuUsage().system) / 10_000);

async function executorBackends(db: Db): Promise<Set<number>> {
  const rows = await rawQuery<{ pid: number }>(db, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'inngest-local'`, []);
  return new Set(rows.map((row) => row.pid));
}

async function readTicks(db: Db, app: BenchApp): Promise<CpuTicks> {
  return { ...cpuTicks(sendSideProcesses(app.databaseName, app.launcherPid, await executorBackends(db))), bench: ownCpuTicks() };
}

/** Starts counting; `stop()` ends it and gives the function that adds the row for `sent` messages. */
export async function countSendCpu(db: Db, app: BenchApp) {
  const before = await readTicks(db, app);
  const stop = async () => {
    const after = await readTicks(db, app);
    return (table: BenchTable, label: string, sent: number, note: string) => reportRow(table, label, cpuMsPer(before, after, sent), note);
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
