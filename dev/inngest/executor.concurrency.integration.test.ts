// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "./clock";
import type { Executor } from "./executor";
import { capturingLogger, createScratchDatabase, inspector, startApp, startTestExecutor, testClient, waitFor } from "../../test/inngest/executor-harness";

describe("local Inngest executor: concurrency", { timeout: 30_000 }, () => {
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let executor: Executor;
  let app: Awaited<ReturnType<typeof startApp>>;
  let api: ReturnType<typeof inspector>;
  const started: string[] = [];
  const running = new Map<string, number>();
  let mostAtOnce = 0;
  const gates = new Map<string, () => void>();

  beforeAll(async () => {
    db = await createScratchDatabase();
    executor = await startTestExecutor(db.url, manualClock(), capturingLogger());
    api = inspector(executor.url);
    const inngest = testClient(executor.url);
    const functions = [
      inngest.createFunction(
        { id: "per-channel", triggers: [{ event: "test/send" }], concurrency: { limit: 1, key: "event.data.channel" } },
        async ({ event, step }) =>
          step.run("send", async () => {
            const { channel, name } = event.data as { channel: string; name: string };
            started.push(name);
            running.set(channel, (running.get(channel) ?? 0) + 1);
            mostAtOnce = Math.max(mostAtOnce, running.get(channel)!);
            // Held until the test lets it finish: a call in progress, however long it takes.
            await new Promise<void>((resolve) => gates.set(name, resolve));
            running.set(channel, running.get(channel)! - 1);
            return name;
          }),
      ),
    ];
    app = await startApp(inngest, functions);
    expect(await executor.sync(app.url)).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    for (const open of gates.values()) open();
    await executor?.close();
    await app?.close();
    await db?.drop();
  });

  const finish = (name: string) => gates.get(name)!();
  const completed = async () => (await api.runs("per-channel")).filter((r) => r.status === "COMPLETED").map((r) => r.output);

  it("runs one call per key at a time, passing over a key's waiting call for other keys' work", async () => {
    // In one request: a1's and a2's calls are due before b1's.
    await api.send([
      { name: "test/send", data: { channel: "a", name: "a1" } },
      { name: "test/send", data: { channel: "a", name: "a2" } },
      { name: "test/send", data: { channel: "b", name: "b1" } },
    ]);
    await waitFor("a1 and b1 in progress", async () => gates.has("a1") && gates.has("b1"));
    // b1 started while a1 held channel a's only slot: a2's earlier call was passed over, not run.
    expect(started).not.toContain("a2");

    finish("a1");
    await waitFor("a2 in progress once a1 ended", async () => gates.has("a2"));
    finish("a2");
    finish("b1");
    const outputs = await waitFor("every run completed", async () => {
      const done = await completed();
      return done.length === 3 ? done : undefined;
    });
    expect(outputs.sort()).toEqual(["a1", "a2", "b1"]);
    expect(mostAtOnce).toBe(1);
    expect(started.indexOf("a2")).toBeGreaterThan(started.indexOf("a1"));
  });
});
