// Runs the embedded PostgreSQL in a process of its own for a parent that must keep its exit code
// (see embedded-database.ts): prints "READY <url>", stops the server when stdin closes or on SIGTERM.
import { startEmbeddedDatabase } from "./embedded-database";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) {
  console.error("uso: embedded-database-process.ts <pasta> <porta>");
  process.exit(2);
}
const database = await startEmbeddedDatabase(dataDir, Number(port), (line) => console.error(line));
process.stdout.write(`READY ${database.url}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await database.stop().catch(() => undefined);
  process.exit(0);
};
process.stdin.on("end", () => void stop());
process.stdin.resume();
process.on("SIGTERM", () => void stop());
