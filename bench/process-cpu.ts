// CPU time of the app's own processes, read from /proc: what a request costs each of them, a figure
// that other work on the machine shifts far less than req/s (Linux only; empty elsewhere).
import { readdirSync, readFileSync } from "node:fs";

const PROCESSES = { next: (stat: string) => stat.includes("(next-server"), worker: (_: string, cmdline: string) => cmdline.includes("apply-webhooks") };
type Name = keyof typeof PROCESSES;
export type CpuTicks = Partial<Record<Name, number>>;

const TICKS_PER_SECOND = 100;

export function appCpuTicks(): CpuTicks {
  const ticks: CpuTicks = {};
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return ticks;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const used = Number(fields[11]) + Number(fields[12]);
      for (const [name, matches] of Object.entries(PROCESSES) as [Name, (stat: string, cmdline: string) => boolean][]) {
        if (matches(stat, cmdline)) ticks[name] = (ticks[name] ?? 0) + used;
      }
    } catch {
      // gone meanwhile
    }
  }
  return ticks;
}

/** Milliseconds of CPU per request for each app process between two readings. */
export function cpuPerRequest(before: CpuTicks, after: CpuTicks, requests: number): string {
  if (requests === 0) return "";
  return (Object.keys(PROCESSES) as Name[])
    .filter((name) => after[name] !== undefined)
    .map((name) => `${name} ${((((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / TICKS_PER_SECOND / requests).toFixed(2)} ms`)
    .join(" · ");
}
