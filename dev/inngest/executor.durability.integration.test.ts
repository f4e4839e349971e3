// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "./clock";
import type { Executor } from "./executor";
import { capturingLogger, counter, createScratchDatabase, inspector, startApp, startTestExecutor, testClient } from "../../test/inngest/executor-harness";

const minute = 60_000;
const hour = 60 * minute;

describe("local Inngest executor: cron, restarts and shared databases", { timeout: 30_000 }, () => {
  const ran = counter();
  // More runs than one executor has workers must be in a step at once: the second executor has to take some.
  const busyRuns = 6;
  const barrier = createBarrier(busyRuns);
  // 30 s past a minute, so that the every-minute cron is due 30 s later.
  const clock = manualClock(Date.parse("2030-01-01T00:00:30Z"));
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let executor: Executor;
  let app: Awaited<ReturnType<typeof startApp>>;
  let port: number;

  beforeAll(async () => {
    db = await createScratchDatabase();
    executor = await startTestExecutor(db.url, clock, capturingLogger());
    port = Number(new URL(executor.url).port);
    const inngest = testClient(executor.url);
    const functions = [
      inngest.createFunction({ id: "ticker", triggers: [{ cron: "* * * * *" }] }, async ({ event }) => ({
        tick: ran.bump("tick"),
        event: event.name,
      })),
      inngest.createFunction({ id: "napper", triggers: [{ event: "test/nap" }] }, async ({ step }) => {
        await step.run("before", () => ran.bump("before"));
        await step.sleep("long-nap", "2h");
        await step.run("after", () => ran.bump("after"));
        return "done";
      }),
      inngest.createFunction({ id: "busy", triggers: [{ event: "test/busy" }] }, async ({ event, step }) => {
        const n = event.data.n as number;
        const a = await step.run("one", async () => {
          ran.bump(`one ${n}`);
          await barrier.arrive();
          return n;
        });
        const b = await step.run("two", () => (ran.bump(`two ${n}`), a + 1));
        return step.run("three", () => (ran.bump(`three ${n}`), b + 1));
      }),
    ];
    app = await startApp(inngest, functions);
    expect(await executor.sync(app.url)).toMatchObject({ ok: true });
  });

  afterAll(async () => {
    await app?.close();
    await executor?.close();
    await db?.drop();
  });

  it("fires a cron trigger when the clock passes the minute, once per slot", async () => {
    const api = inspector(executor.url);
    expect(await api.runs("ticker")).toEqual([]);
    executor.clock.advance(30_000);
    const first = await api.waitForRun("ticker", (r) => r.status === "COMPLETED");
    expect(first.output).toEqual({ tick: 1, event: "inngest/scheduled.timer" });
    expect(first.event).toMatchObject({ data: { cron: "* * * * *" }, ts: Date.parse("2030-01-01T00:01:00Z") });

    // A jump over many slots fires once, not once per missed minute.
    executor.clock.advance(10 * minute);
    await api.waitForRun("ticker", (r) => r.status === "COMPLETED" && r.id !== first.id);
    expect(await api.runs("ticker")).toHaveLength(2);
  });

  it("finishes a sleeping run after the executor is stopped and another starts on the same database", async () => {
    let api = inspector(executor.url);
    await api.send({ name: "test/nap", data: {} });
    const sleeping = await api.waitForRun("napper", (r) => r.pending.some((p) => p.kind === "sleep"));
    await executor.close();

    executor = await startTestExecutor(db.url, clock, capturingLogger(), { port });
    api = inspector(executor.url);
    expect((await api.run(sleeping.id)).status).toBe("RUNNING");
    executor.clock.advance(2 * hour);
    const run = await api.waitForRun("napper", (r) => r.status === "COMPLETED");
    expect(run.output).toBe("done");
    expect([ran.get("before"), ran.get("after")]).toEqual([1, 1]);
  });

  it("shares the work of one database between two executors, running each step once", async () => {
    const second = await startTestExecutor(db.url, clock, capturingLogger());
    try {
      const api = inspector(executor.url);
      await api.send(Array.from({ length: busyRuns }, (_, n) => ({ name: "test/busy", data: { n } })));
      await waitForCompleted(api, "busy", busyRuns);
      for (let n = 0; n < busyRuns; n++) {
        expect([ran.get(`one ${n}`), ran.get(`two ${n}`), ran.get(`three ${n}`)], `run ${n}`).toEqual([1, 1, 1]);
      }
    } finally {
      await second.close();
    }
  });
});

/** Resolves for everyone once `size` callers are inside at the same time. */
function createBarrier(size: number) {
  let arrived = 0;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    arrive(): Promise<void> {
      if (++arrived >= size) release();
      return released;
    },
  };
}

async function waitForCompleted(api: ReturnType<typeof inspector>, fn: string, count: number) {
  for (let i = 0; i < 500; i++) {
    if ((await api.runs(fn, "completed")).length === count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${count} runs of ${fn} never completed`);
}
