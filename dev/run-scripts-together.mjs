// `npm test`'s first step: npm scripts that each keep one core busy (ESLint, tsc, the assistant's
// evaluation) run side by side, so a 2-core CI machine does them in the time of the longest.
// Each one's output is printed whole when it ends, not interleaved; any failure fails the step.
import { spawn } from "node:child_process";

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error("uso: node dev/run-scripts-together.mjs <script npm> [<script npm>…]");
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(script) {
  const started = performance.now();
  const child = spawn(npm, ["run", script], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" } });
  const output = [];
  child.stdout.on("data", (chunk) => output.push(chunk));
  child.stderr.on("data", (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> npm run ${script} (${seconds} s)\n`);
      process.stdout.write(Buffer.concat(output));
      const ok = code === 0;
      if (!ok) process.stdout.write(`npm run ${script} falhou (${signal ?? `código ${code}`})\n`);
      resolve(ok);
    });
  });
}

const results = await Promise.all(scripts.map(run));
process.exit(results.every(Boolean) ? 0 : 1);
