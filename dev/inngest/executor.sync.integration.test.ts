// @vitest-environment node
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "./clock";
import type { Executor } from "./executor";
import {
  type CapturingLogger,
  capturingLogger,
  createScratchDatabase,
  inspector,
  startApp,
  startTestExecutor,
  testClient,
  waitFor,
} from "../../test/inngest/executor-harness";

describe("local Inngest executor: sync", { timeout: 30_000 }, () => {
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let executor: Executor;
  let logger: CapturingLogger;
  const apps: Awaited<ReturnType<typeof startApp>>[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase();
    logger = capturingLogger();
    executor = await startTestExecutor(db.url, manualClock(), logger);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await executor?.close();
    await db?.drop();
  });

  async function appWith(id: string, build: (inngest: ReturnType<typeof testClient>) => Parameters<typeof startApp>[1]) {
    const inngest = testClient(executor.url, id);
    const app = await startApp(inngest, build(inngest));
    apps.push(app);
    return app;
  }

  it("refuses an in-band sync naming each option it does not implement, and stores nothing", async () => {
    const app = await appWith("limited-app", (inngest) => [
      inngest.createFunction({ id: "ok", triggers: [{ event: "test/ok" }] }, async () => "ok"),
      inngest.createFunction(
        { id: "throttled", debounce: { period: "5s" }, throttle: { limit: 1, period: "6s" }, triggers: [{ event: "test/x" }] },
        async () => "never",
      ),
    ]);
    const result = await executor.sync(app.url);
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.error).toMatch(/function "limited-app-throttled": unsupported options debounce, throttle/);
    expect(logger.lines.some((line) => line.startsWith("error") && line.includes("debounce"))).toBe(true);

    const viaApi = await fetch(`${executor.url}/v0/sync`, { method: "POST", body: JSON.stringify({ url: app.url }) });
    expect(viaApi.status).toBe(400);
    expect(JSON.stringify(await viaApi.json())).toContain("throttle");

    const { functions } = (await (await fetch(`${executor.url}/v0/functions`)).json()) as { functions: { id: string }[] };
    expect(functions.map((fn) => fn.id)).not.toContain("limited-app-ok");
  });

  it("answers an out-of-band registration (a plain PUT to the app) with a non-2xx naming the option", async () => {
    const app = await appWith("debounced-app", (inngest) => [
      inngest.createFunction({ id: "debounced", debounce: { period: "5s" }, triggers: [{ event: "test/d" }] }, async () => "x"),
    ]);
    const response = await fetch(app.url, { method: "PUT" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("unsupported option debounce");
  });

  it("accepts an out-of-band registration of supported functions and runs them", async () => {
    const app = await appWith("plain-app", (inngest) => [
      inngest.createFunction({ id: "echo", triggers: [{ event: "test/echo" }] }, async ({ event }) => event.data.text),
    ]);
    const response = await fetch(app.url, { method: "PUT" });
    expect(response.status).toBe(200);
    const api = inspector(executor.url);
    await api.send({ name: "test/echo", data: { text: "olá" } });
    const run = await api.waitForRun("plain-app-echo", (r) => r.status === "COMPLETED");
    expect(run.output).toBe("olá");
  });

  it("fails a run loudly on a step kind it does not implement", async () => {
    const app = await appWith("invoking-app", (inngest) => {
      const child = inngest.createFunction({ id: "child", triggers: [{ event: "test/child" }] }, async () => 1);
      const parent = inngest.createFunction({ id: "parent", triggers: [{ event: "test/parent" }] }, async ({ step }) =>
        step.invoke("call-child", { function: child, data: {} }),
      );
      return [child, parent];
    });
    expect(await executor.sync(app.url)).toMatchObject({ ok: true });
    const api = inspector(executor.url);
    await api.send({ name: "test/parent", data: {} });
    const run = await api.waitForRun("invoking-app-parent", (r) => r.status === "FAILED");
    expect(run.error).toMatchObject({ message: expect.stringContaining("step.invoke is not supported") });
  });

  it("keeps trying to sync the configured app until it answers", async () => {
    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}/api/inngest`;
    const lines = capturingLogger();
    const waiting = await startTestExecutor(db.url, manualClock(), lines, { appUrl });
    try {
      await waitFor("the executor to report it waits", async () => lines.lines.some((l) => l.includes(`waiting for the app at ${appUrl}`)));
      const late = testClient(waiting.url, "late-app");
      apps.push(await startApp(late, [late.createFunction({ id: "late", triggers: [{ event: "test/late" }] }, async () => "ok")], port));
      await waitFor("the late app to be synced", async () => lines.lines.some((l) => l.includes('synced app "late-app"')));
    } finally {
      await waiting.close();
    }
  });

  it("serves a page of recent runs, and moves the clock over HTTP only when told to", async () => {
    const page = await fetch(`${executor.url}/`);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("Execuções recentes");
    expect(html).toContain("plain-app-echo");

    const hidden = await startTestExecutor(db.url, manualClock(), capturingLogger(), { exposeClock: false });
    try {
      const response = await fetch(`${hidden.url}/v0/clock/advance`, { method: "POST", body: JSON.stringify({ ms: 1 }) });
      expect(response.status).toBe(404);
    } finally {
      await hidden.close();
    }
  });
});

function freePort(): Promise<number> {
  const server = http.createServer();
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    }),
  );
}
