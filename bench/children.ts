import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);

export function startSoketi(port: number): Promise<ChildProcess> {
  const child = spawn(bin("soketi"), ["start"], {
    env: {
      ...process.env,
      SOKETI_PORT: String(port),
      SOKETI_DEFAULT_APP_ID: process.env.PUSHER_APP_ID,
      SOKETI_DEFAULT_APP_KEY: process.env.PUSHER_KEY,
      SOKETI_DEFAULT_APP_SECRET: process.env.PUSHER_SECRET,
    },
    stdio: "ignore",
  });
  return waitForPort(port).then(() => child);
}

async function waitForPort(port: number) {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listening on ${port}`);
}

// Starts a bench server script with tsx and resolves with the port it printed.
export function startScript(script: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(bin("tsx"), ["--import", "./dev/server-only-outside-next.mjs", script], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /LISTENING (\d+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ child, port: Number(match[1]) });
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}
