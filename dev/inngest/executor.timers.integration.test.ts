// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "./clock";
import type { Executor } from "./executor";
import { capturingLogger, counter, createScratchDatabase, inspector, startApp, startTestExecutor, testClient } from "../../test/inngest/executor-harness";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

type ReminderData = { reminderId: string };

describe("local Inngest executor: sleeps, waits and cancellation", { timeout: 30_000 }, () => {
  const ran = counter();
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
      inngest.createFunction({ id: "sleeper", triggers: [{ event: "test/sleep" }] }, async ({ step }) => {
        await step.run("before", () => ran.bump("before"));
        // The SDK sends this to the executor as "1h30m" (it does not itself accept compound strings).
        await step.sleep("nap", "90m");
        await step.run("after", () => ran.bump("after"));
        return "acordou";
      }),
      inngest.createFunction({ id: "approver", triggers: [{ event: "test/approval.requested" }] }, async ({ step }) => {
        const decision = await step.waitForEvent("wait-decision", {
          event: "test/approval.decided",
          timeout: "1d",
          if: "event.data.requestId == async.data.requestId",
        });
        return decision ? { approved: decision.data.approved } : { timedOut: true };
      }),
      inngest.createFunction(
        {
          id: "reminder",
          triggers: [{ event: "test/reminder.scheduled" }],
          cancelOn: [
            { event: "test/reminder.cancelled", match: "data.reminderId" },
            { event: "test/reminder.snoozed", match: "data.reminderId", timeout: "1h" },
          ],
        },
        async ({ event, step }) => {
          await step.sleep("wait-a-day", "1d");
          await step.run("remind", () => ran.bump(`remind ${event.data.reminderId}`));
        },
      ),
    ];
    app = await startApp(inngest, functions);
    expect(await executor.sync(app.url)).toMatchObject({ ok: true });
  });

  afterAll(async () => {
    await app?.close();
    await executor?.close();
    await db?.drop();
  });

  it("wakes a sleeping run when the clock passes the sleep's end", async () => {
    const start = executor.clock.now();
    await api.send({ name: "test/sleep", data: {} });
    const sleeping = await api.waitForRun("sleeper", (r) => r.pending.some((p) => p.kind === "sleep"));
    expect(sleeping.pending).toEqual([expect.objectContaining({ kind: "sleep", name: "nap", dueAt: start + 90 * minute })]);
    expect(sleeping.status).toBe("RUNNING");
    expect(ran.get("after")).toBe(0);

    executor.clock.advance(90 * minute);
    const run = await api.waitForRun("sleeper", (r) => r.status === "COMPLETED");
    expect(run.output).toBe("acordou");
    expect([ran.get("before"), ran.get("after")]).toEqual([1, 1]);
    expect(run.steps.find((s) => s.name === "nap")?.result).toBeNull();
  });

  it("resumes a waitForEvent with the event that matches its `if`", async () => {
    const runId = await startApproval("r-1");
    await api.send([
      { name: "test/approval.decided", data: { requestId: "r-2", approved: false } },
      { name: "test/approval.decided", data: { requestId: "r-1", approved: true } },
    ]);
    const run = await api.waitForRunId(runId, (r) => r.status === "COMPLETED");
    expect(run.output).toEqual({ approved: true });
    expect(run.steps[0]?.result).toMatchObject({ name: "test/approval.decided", data: { requestId: "r-1" } });
  });

  it("resumes a waitForEvent with null when it times out, with time moved through the HTTP API", async () => {
    const runId = await startApproval("r-3");
    const waiting = await api.run(runId);
    expect(waiting.waits).toEqual([expect.objectContaining({ event: "test/approval.decided", deadline: executor.clock.now() + day })]);
    const advanced = await fetch(`${executor.url}/v0/clock/advance`, { method: "POST", body: JSON.stringify({ ms: day }) });
    expect(advanced.status).toBe(200);
    const run = await api.waitForRunId(runId, (r) => r.status === "COMPLETED");
    expect(run.output).toEqual({ timedOut: true });
    expect(run.waits).toEqual([]);
  });

  it("cancels a sleeping run on its cancelOn event, leaving other runs alone", async () => {
    const [first, second] = await scheduleReminders("rem-1", "rem-2");
    await api.send({ name: "test/reminder.cancelled", data: { reminderId: "rem-1" } });
    const cancelled = await api.waitForRunId(first!, (r) => r.status === "CANCELLED");
    expect(cancelled.pending).toEqual([]);

    executor.clock.advance(day);
    await api.waitForRunId(second!, (r) => r.status === "COMPLETED");
    expect([ran.get("remind rem-1"), ran.get("remind rem-2")]).toEqual([0, 1]);
  });

  it("ignores a cancelOn event that comes after the rule's timeout", async () => {
    const [early, late] = await scheduleReminders("rem-3", "rem-4");
    await api.send({ name: "test/reminder.snoozed", data: { reminderId: "rem-3" } });
    await api.waitForRunId(early!, (r) => r.status === "CANCELLED");
    executor.clock.advance(2 * hour);
    const [snooze] = await api.send({ name: "test/reminder.snoozed", data: { reminderId: "rem-4" } });
    await api.waitForEventProcessed(snooze!);
    expect((await api.run(late!)).history.map((h) => h.kind)).not.toContain("run.cancel_requested");
    executor.clock.advance(day);
    const run = await api.waitForRunId(late!, (r) => r.status !== "RUNNING");
    expect(run.status).toBe("COMPLETED");
    expect(ran.get("remind rem-4")).toBe(1);
  });

  async function startApproval(requestId: string): Promise<string> {
    await api.send({ name: "test/approval.requested", data: { requestId } });
    const run = await api.waitForRun(
      "approver",
      (r) => (r.event.data as { requestId: string }).requestId === requestId && r.waits.length === 1,
      `approval ${requestId} waiting`,
    );
    return run.id;
  }

  /** Run ids in the order of the given reminder ids, once all of them sleep. */
  async function scheduleReminders(...reminderIds: string[]): Promise<string[]> {
    await api.send(reminderIds.map((reminderId) => ({ name: "test/reminder.scheduled", data: { reminderId } })));
    const mine = (r: { event: { data: unknown } }) => reminderIds.includes((r.event.data as ReminderData).reminderId);
    const before = (await api.runs("reminder")).filter((r) => !mine(r)).length;
    const runs = await api.waitForRuns("reminder", before + reminderIds.length, (r) => !mine(r) || r.pending.some((p) => p.kind === "sleep"));
    return reminderIds.map((id) => runs.find((r) => (r.event.data as ReminderData).reminderId === id)!.id);
  }
});
