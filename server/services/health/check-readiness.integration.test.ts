import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/server/db";
import { EnvError } from "@/server/env";
import { testDb } from "@/test/db";
import { checkReadiness } from "./check-readiness";

const quiet = () => undefined;
const validConfig = () => ({});

// A "PostgreSQL" that accepts connections and never answers: the hung database a timeout is for.
async function silentServer(): Promise<{ url: string; server: Server; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `postgresql://postgres@127.0.0.1:${(server.address() as AddressInfo).port}/none`, server, sockets };
}

const opened: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of opened) await close();
});

describe("checkReadiness", () => {
  it("is ready when the configuration is complete and the database answers", async () => {
    expect(await checkReadiness({ configuration: validConfig, db: testDb, log: quiet })).toEqual({
      ready: true,
      checks: { configuration: "ok", database: "ok" },
      down: [],
    });
  });

  it("names the database when it refuses connections", async () => {
    const unreachable = createDb("postgresql://postgres@127.0.0.1:1/none");
    opened.push(() => unreachable.$disconnect());
    const readiness = await checkReadiness({ configuration: validConfig, db: () => unreachable, log: quiet });
    expect(readiness).toEqual({ ready: false, checks: { configuration: "ok", database: "down" }, down: ["database"] });
  });

  it("answers within its timeout when the database hangs", async () => {
    const silent = await silentServer();
    const hung = createDb(silent.url);
    opened.push(async () => {
      for (const socket of silent.sockets) socket.destroy();
      silent.server.close();
    });
    const started = Date.now();
    const readiness = await checkReadiness({ configuration: validConfig, db: () => hung, timeoutMs: 300, log: quiet });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(readiness.down).toEqual(["database"]);
  });

  it("names the configuration when a required setting is missing", async () => {
    const lines: string[] = [];
    const missing = () => {
      throw new EnvError(["PUSHER_KEY: defina PUSHER_KEY"]);
    };
    const readiness = await checkReadiness({ configuration: missing, db: testDb, log: (line) => lines.push(line) });
    expect(readiness).toEqual({ ready: false, checks: { configuration: "down", database: "ok" }, down: ["configuration"] });
    expect(lines.join()).toContain("PUSHER_KEY");
  });
});
