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
export function sendSideProcesses(databaseName: string, launcherPid: number, executorBackends: ReadonlySet<number> = new Set()): Record<string, Matcher> {
  const ours = descendantsOf(launcherPid);
  const under = (matches: Matcher): Matcher => (stat, cmdline) => ours.has(pidOf(stat)) && matches(stat, cmdline);
  const backend = (stat: string, cmdline: string) => cmdline.includes(`: postgres ${databaseName} `);
  return {
    next: under(APP_PROCESSES.next!),
    executor: under((_, cmdline) => cmdline.includes("dev/inngest/main.ts")),
    sandbox: under((_, cmdline) => cmdline.includes("dev/whatsapp-sandbox/main.ts")),
    soketi: under((stat) => stat.includes("(soketi")),
    // The executor stands in for Inngest's cloud: its own tables' share is told apart from the app's.
    "postgres (app)": (stat, cmdline) => backend(stat, cmdline) && !executorBackends.has(pidOf(stat)),
    "postgres (executor)": (stat, cmdline) => backend(stat, cmdline) && executorBackends.has(pidOf(stat)),
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

export function cpuTicks(processes: Record<string, Matcher>): CpuTicks {
  const ticks: CpuTicks = {};
  for (const pid of listPids()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const used = Number(fields[11]) + Number(fields[12]);
      for (const [name, matches] of Object.entries(processes)) {
        if (matches(stat, cmdline)) ticks[name] = (ticks[name] ?? 0) + used;
      }
    } catch {
      // gone meanwhile
    }
  }
  return ticks;
}

export function appCpuTicks(): CpuTicks {
  return cpuTicks(APP_PROCESSES);
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
