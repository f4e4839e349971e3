import { spawn, type ChildProcess } from "node:child_process";

export type Service = { name: string; child: ChildProcess };

const COLORS = ["\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m", "\x1b[34m"];
let colorIndex = 0;

export function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, opts: { quiet?: boolean } = {}): Service {
  const color = COLORS[colorIndex++ % COLORS.length];
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: false });
  const prefix = `${color}[${name}]\x1b[0m `;
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    if (opts.quiet) return;
    for (const line of chunk.toString().split("\n")) if (line.trim()) stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on("data", forward(process.stdout));
  child.stderr?.on("data", forward(process.stderr));
  return { name, child };
}

export function runToCompletion(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} terminou com código ${code}`))));
    child.on("error", reject);
  });
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} não respondeu em ${Math.round(timeoutMs / 1000)} s`);
}

export function stopService(service: Service, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (service.child.exitCode !== null || service.child.signalCode !== null) return resolve();
    const timer = setTimeout(() => service.child.kill("SIGKILL"), 5_000);
    service.child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    service.child.kill(signal);
  });
}
