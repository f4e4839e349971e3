// CPU time of the app's own processes, read from /proc: what a request costs each of them, a figure
// that other work on the machine shifts far less than req/s (Linux only; empty elsewhere).
import { readdirSync, readFileSync } from "node:fs";

type Matcher = (stat: string, cmdline: string) => boolean;
export type CpuTicks = Partial<Record<string, number>>;

const APP_PROCESSES: Record<string, Matcher> = {
  next: (stat) => stat.includes("(next-server"),
  worker: (_, cmdline) => cmdline.includes("apply-webhooks"),
};

/**
 * Everything one message crosses on its way to the sandbox: Next, the local executor, the sandbox,
 * Soketi (the pushes), and the PostgreSQL backends connected to the bench's database. Other helpers
 * run the same programs on this machine: count only the processes under the bench's launcher.
 */
export function sendSideProcesses(databaseName: string, launcherPid: number, backends: { executor: ReadonlySet<number>; bench: ReadonlySet<number> }): Record<string, Matcher> {
  const ours = descendantsOf(launcherPid);
  const under = (matches: Matcher): Matcher => (stat, cmdline) => ours.has(pidOf(stat)) && matches(stat, cmdline);
  const backend = (stat: string, cmdline: string) => cmdline.includes(`: postgres ${databaseName} `);
  return {
    next: under(APP_PROCESSES.next!),
    executor: under((_, cmdline) => cmdline.includes("dev/inngest/main.ts")),
    sandbox: under((_, cmdline) => cmdline.includes("dev/whatsapp-sandbox/main.ts")),
    soketi: under((stat) => stat.includes("(soketi")),
    // The executor stands in for Inngest's cloud: its own tables' share is told apart from the app's.
    "postgres (app)": (stat, cmdline) => backend(stat, cmdline) && !backends.executor.has(pidOf(stat)) && !backends.bench.has(pidOf(stat)),
    "postgres (executor)": (stat, cmdline) => backend(stat, cmdline) && backends.executor.has(pidOf(stat)),
    "postgres (bench)": (stat, cmdline) => backend(stat, cmdline) && backends.bench.has(pidOf(stat)),
  };
}

const pidOf = (stat: string) => Number(stat.slice(0, stat.indexOf(" ")));

function descendantsOf(root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const pid of listPids()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(pid)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = new Set<number>([root]);
  for (const pid of found) for (const child of children.get(pid) ?? []) found.add(child);
  return found;
}

function listPids(): string[] {
  try {
    return readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
}

const TICKS_PER_SECOND = 100;

/** CPU ticks summed by name (the names' matchers pick disjoint processes). */
export function cpuTicks(processes: Record<string, Matcher>): CpuTicks {
  const ticks: CpuTicks = {};
  for (const { name, ticks: used } of cpuTicksByProcess(processes).values()) ticks[name] = (ticks[name] ?? 0) + used;
  return ticks;
}

export function appCpuTicks(): CpuTicks {
  return cpuTicks(APP_PROCESSES);
}

/** Each matching process's CPU ticks, with the name it matched. */
export type ProcessTicks = Map<number, { name: string; ticks: number }>;

export function cpuTicksByProcess(processes: Record<string, Matcher>): ProcessTicks {
  const found: ProcessTicks = new Map();
  for (const pid of listPids()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const name = Object.entries(processes).find(([, matches]) => matches(stat, cmdline))?.[0];
      if (name) found.set(Number(pid), { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/**
 * Milliseconds of CPU per item for each name, process by process: one started in between counts
 * from zero, one that ended in between is left out (its last ticks cannot be read), never subtracted.
 */
export function cpuMsPerByProcess(before: ProcessTicks, after: ProcessTicks, count: number): Record<string, number> {
  const used: Record<string, number> = {};
  for (const [pid, { name, ticks }] of after) used[name] = (used[name] ?? 0) + ticks - (before.get(pid)?.ticks ?? 0);
  return count === 0 ? {} : Object.fromEntries(Object.entries(used).map(([name, ticks]) => [name, (ticks * 1000) / TICKS_PER_SECOND / count]));
}

/** Milliseconds of CPU per request for each process between two readings. */
export function cpuMsPer(before: CpuTicks, after: CpuTicks, requests: number): Record<string, number> {
  if (requests === 0) return {};
  return Object.fromEntries(
    Object.keys(after).map((name) => [name, (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / TICKS_PER_SECOND / requests]),
  );
}

/** The same, as one line ("next 1.20 ms · worker 0.30 ms"). */
export function cpuPerRequest(before: CpuTicks, after: CpuTicks, requests: number): string {
  return Object.entries(cpuMsPer(before, after, requests))
    .map(([name, msEach]) => `${name} ${msEach.toFixed(2)} ms`)
    .join(" · ");
}
