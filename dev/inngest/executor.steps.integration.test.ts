// @vitest-environment node
import { NonRetriableError, RetryAfterError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "./clock";
import { type Executor, defaultRetryBackoffMs } from "./executor";
import {
  capturingLogger,
  counter,
  createScratchDatabase,
  inspector,
  startApp,
  startTestExecutor,
  testClient,
} from "../../test/inngest/executor-harness";

describe("local Inngest executor: steps", { timeout: 30_000 }, () => {
  const ran = counter();
  const failures: { message: string; original: unknown }[] = [];
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let executor: Executor;
  let app: Awaited<ReturnType<typeof startApp>>;
  let api: ReturnType<typeof inspector>;

  beforeAll(async () => {
    db = await createScratchDatabase();
    executor = await startTestExecutor(db.url, manualClock(), capturingLogger());
    api = inspector(executor.url);
    const inngest = testClient(executor.url);
    const functions = [
      inngest.createFunction({ id: "multi-step", triggers: [{ event: "test/multi" }] }, async ({ event, step }) => {
        const a = await step.run("first", () => (ran.bump("first"), Number(event.data.n) + 1));
        const b = await step.run("second", () => (ran.bump("second"), a * 2));
        const c = await step.run("third", () => (ran.bump("third"), `${a}-${b}`));
        return { a, b, c };
      }),
      inngest.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] }, async ({ step }) =>
        step.run("sometimes-fails", () => {
          if (ran.bump("flaky") < 3) throw new Error(`falha ${ran.get("flaky")}`);
          return "ok";
        }),
      ),
      inngest.createFunction(
        {
          id: "doomed",
          retries: 2,
          triggers: [{ event: "test/doomed" }],
          onFailure: async ({ error, event }) => {
            failures.push({ message: error.message, original: event.data.event.data });
          },
        },
        async ({ step }) => {
          await step.run("give-up", () => {
            ran.bump("doomed");
            throw new NonRetriableError("cliente inexistente");
          });
        },
      ),
      inngest.createFunction({ id: "parallel", triggers: [{ event: "test/parallel" }] }, async ({ step }) => {
        const [x, y] = await Promise.all([
          step.run("left", () => (ran.bump("left"), "L")),
          step.run("right", () => (ran.bump("right"), "R")),
        ]);
        return step.run("join", () => (ran.bump("join"), x + y));
      }),
      inngest.createFunction({ id: "sender", triggers: [{ event: "test/send" }] }, async ({ event, step }) => {
        await step.sendEvent("notify", { name: "test/received", data: { orderId: event.data.orderId } });
        return "sent";
      }),
      inngest.createFunction({ id: "receiver", triggers: [{ event: "test/received" }] }, async ({ event }) => ({ got: event.data.orderId })),
      inngest.createFunction({ id: "patient", triggers: [{ event: "test/patient" }] }, async ({ attempt }) => {
        if (attempt === 0) throw new RetryAfterError("ocupado", "30s");
        return { attempt };
      }),
      inngest.createFunction({ id: "vip-only", triggers: [{ event: "test/customer", if: "event.data.vip == true" }] }, async ({ event }) => event.data.name),
    ];
    app = await startApp(inngest, functions);
    const synced = await executor.sync(app.url);
    expect(synced).toMatchObject({ ok: true, appId: "test-app" });
  });

  afterAll(async () => {
    await app?.close();
    await executor?.close();
    await db?.drop();
  });

  it("runs a multi-step function, memoising each step so its body runs once", async () => {
    await api.send({ name: "test/multi", data: { n: 1 } });
    const run = await api.waitForRun("multi-step", (r) => r.status === "COMPLETED");
    expect(run.output).toEqual({ a: 2, b: 4, c: "2-4" });
    expect(run.steps.map((s) => [s.name, s.result])).toEqual([
      ["first", { data: 2 }],
      ["second", { data: 4 }],
      ["third", { data: "2-4" }],
    ]);
    expect([ran.get("first"), ran.get("second"), ran.get("third")]).toEqual([1, 1, 1]);
  });

  it("retries a failing step after the backoff, with the next attempt, until it succeeds", async () => {
    await api.send({ name: "test/flaky", data: {} });
    for (const attempt of [1, 2]) {
      const waiting = await api.waitForRun("flaky", (r) => r.pending.some((p) => p.attempt === attempt), `retry ${attempt}`);
      expect(ran.get("flaky")).toBe(attempt);
      const retry = waiting.pending.find((p) => p.attempt === attempt)!;
      expect(retry).toMatchObject({ kind: "call", name: "sometimes-fails" });
      expect(retry.dueAt).toBe(executor.clock.now() + defaultRetryBackoffMs(attempt));
      executor.clock.advance(defaultRetryBackoffMs(attempt));
    }
    const run = await api.waitForRun("flaky", (r) => r.status === "COMPLETED");
    expect(run.output).toBe("ok");
    expect(ran.get("flaky")).toBe(3);
    expect(run.history.filter((h) => h.kind === "step.errored")).toHaveLength(2);
  });

  it("retries a function that throws outside a step when its Retry-After says", async () => {
    const sentAt = executor.clock.now();
    await api.send({ name: "test/patient", data: {} });
    const waiting = await api.waitForRun("patient", (r) => r.pending.some((p) => p.attempt === 1));
    expect(waiting.pending).toEqual([expect.objectContaining({ kind: "call", stepId: null, attempt: 1, dueAt: sentAt + 30_000 })]);
    executor.clock.advance(30_000);
    const run = await api.waitForRun("patient", (r) => r.status === "COMPLETED");
    expect(run.output).toEqual({ attempt: 1 });
  });

  it("fails at once on NonRetriableError and runs the onFailure handler", async () => {
    await api.send({ name: "test/doomed", data: { customer: "c-9" } });
    const run = await api.waitForRun("doomed", (r) => r.status === "FAILED");
    expect(run.error).toMatchObject({ message: expect.stringContaining("cliente inexistente") });
    expect(ran.get("doomed")).toBe(1);
    const handler = await api.waitForRun("doomed-failure", (r) => r.status === "COMPLETED");
    expect(handler.event).toMatchObject({ name: "inngest/function.failed", data: { function_id: "test-app-doomed", run_id: run.id } });
    expect(failures).toEqual([{ message: expect.stringContaining("cliente inexistente"), original: { customer: "c-9" } }]);
  });

  it("runs parallel steps planned together, each once, then continues", async () => {
    await api.send({ name: "test/parallel", data: {} });
    const run = await api.waitForRun("parallel", (r) => r.status === "COMPLETED");
    expect(run.output).toBe("LR");
    expect([ran.get("left"), ran.get("right"), ran.get("join")]).toEqual([1, 1, 1]);
    const planned = run.history.filter((h) => h.kind === "step.planned").map((h) => (h.detail as { name: string }).name);
    expect(planned).toEqual(expect.arrayContaining(["left", "right"]));
    expect(run.disableImmediate).toBe(true);
  });

  it("delivers events sent with step.sendEvent to the functions they trigger", async () => {
    await api.send({ name: "test/send", data: { orderId: "o-7" } });
    const receiver = await api.waitForRun("receiver", (r) => r.status === "COMPLETED");
    expect(receiver.output).toEqual({ got: "o-7" });
    const sender = await api.waitForRun("sender", (r) => r.status === "COMPLETED");
    expect(sender.steps[0]).toMatchObject({ name: "notify", result: { data: { ids: [expect.any(String)] } } });
  });

  it("starts runs only for events that pass the trigger's expression, once per event id", async () => {
    const ids = await api.send([
      { name: "test/customer", data: { vip: false, name: "Ana" } },
      { name: "test/customer", id: "dedupe-1", data: { vip: true, name: "Bia" } },
      { name: "test/customer", id: "dedupe-1", data: { vip: true, name: "Bia de novo" } },
    ]);
    expect(ids[2]).toBe(ids[1]);
    await api.waitForRun("vip-only", (r) => r.status === "COMPLETED");
    expect(await api.send({ name: "test/customer", id: "dedupe-1", data: { vip: true, name: "Bia outra vez" } })).toEqual([ids[1]]);
    await api.send({ name: "test/customer", data: { vip: true, name: "Caio" } });
    await api.waitForRun("vip-only", (r) => r.output === "Caio");
    const runs = await api.runs("vip-only");
    expect(runs.map((r) => r.output).sort()).toEqual(["Bia", "Caio"]);
  });
});
