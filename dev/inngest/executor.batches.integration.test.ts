// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "./clock";
import type { Executor } from "./executor";
import { capturingLogger, createScratchDatabase, inspector, startApp, startTestExecutor, testClient, waitFor } from "../../test/inngest/executor-harness";

describe("local Inngest executor: batchEvents", { timeout: 30_000 }, () => {
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let executor: Executor;
  let app: Awaited<ReturnType<typeof startApp>>;
  let api: ReturnType<typeof inspector>;
  const seen: { first: unknown; all: unknown[] }[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase();
    executor = await startTestExecutor(db.url, manualClock(), capturingLogger());
    api = inspector(executor.url);
    const inngest = testClient(executor.url);
    const functions = [
      inngest.createFunction(
        { id: "bulk", triggers: [{ event: "test/bulk" }], batchEvents: { maxSize: 3, timeout: "5s", key: "event.data.account" } },
        async ({ event, events, step }) =>
          step.run("write", () => {
            const all = events.map((e) => e.data.n);
            seen.push({ first: event.data.n, all });
            return { account: event.data.account, all };
          }),
      ),
    ];
    app = await startApp(inngest, functions);
    const synced = await executor.sync(app.url);
    expect(synced).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await executor?.close();
    await app?.close();
    await db?.drop();
  });

  // Returns once the executor has put the event in its batch, so a clock moved afterwards counts from it.
  const send = async (account: string, n: number, id?: string) => {
    const [internalId] = await api.send([{ name: "test/bulk", data: { account, n }, ...(id ? { id } : {}) }]);
    await api.waitForEventProcessed(internalId!);
  };
  const outputs = async () =>
    (await api.runs("bulk")).filter((r) => r.status === "COMPLETED").map((r) => r.output as { account: string; all: number[] });

  it("starts one run per full batch of one key, with every event in arrival order and `event` the first", async () => {
    await send("a", 1);
    await send("b", 10);
    await send("a", 2);
    await send("a", 3);
    await send("a", 4);
    const [run] = await waitFor("the full batch's run", async () => {
      const done = await outputs();
      return done.length === 1 ? done : undefined;
    });
    expect(run).toEqual({ account: "a", all: [1, 2, 3] });
    expect(seen).toContainEqual({ first: 1, all: [1, 2, 3] });
    // The others wait for their batch to fill or time out: nothing ran for them yet.
    expect(await api.runs("bulk")).toHaveLength(1);

    // Not a moment before the timeout, measured from each batch's first event.
    executor.clock.advance(4_900);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await api.runs("bulk")).toHaveLength(1);
    executor.clock.advance(200);
    const done = await waitFor("the timed-out batches' runs", async () => {
      const all = await outputs();
      return all.length === 3 ? all : undefined;
    });
    expect(done.map((o) => `${o.account}:${o.all.join(",")}`).sort()).toEqual(["a:1,2,3", "a:4", "b:10"]);
  });

  it("adds an event whose id was already seen only once", async () => {
    await send("c", 1, "same-id");
    await send("c", 1, "same-id");
    await send("c", 2);
    executor.clock.advance(5_100);
    const run = await waitFor("the batch of c", async () => (await outputs()).find((o) => o.account === "c"));
    expect(run.all).toEqual([1, 2]);
  });

  it("splits what one request sends into full batches, keeps the rest for the next, and drops a repeated id", async () => {
    const events = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ name: "test/bulk", data: { account: "d", n } }));
    const ids = await api.send([...events, { name: "test/bulk", data: { account: "d", n: 99 }, id: "twice" }, { name: "test/bulk", data: { account: "d", n: 98 }, id: "twice" }]);
    expect(ids[7]).toBe(ids[8]);
    await Promise.all(ids.map((id) => api.waitForEventProcessed(id)));
    const full = await waitFor("two full batches of d", async () => {
      const runs = (await outputs()).filter((o) => o.account === "d");
      return runs.length === 2 ? runs : undefined;
    });
    expect(full.map((o) => o.all).sort()).toEqual([[1, 2, 3], [4, 5, 6]]);
    executor.clock.advance(5_100);
    const rest = await waitFor("the rest of d", async () => (await outputs()).find((o) => o.account === "d" && o.all.includes(7)));
    expect(rest.all).toEqual([7, 99]);
  });
});
