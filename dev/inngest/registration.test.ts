import { describe, expect, it } from "vitest";
import { RegistrationError, parseRegistration } from "./registration";

const step = (retries?: number) => ({
  step: {
    id: "step",
    name: "step",
    runtime: { type: "http", url: "http://127.0.0.1:3000/api/inngest?fnId=app-fn&stepId=step" },
    ...(retries === undefined ? {} : { retries: { attempts: retries } }),
  },
});

const registration = (fn: Record<string, unknown>) => ({
  app_id: "app",
  url: "http://127.0.0.1:3000/api/inngest",
  functions: [{ id: "app-fn", name: "fn", triggers: [{ event: "a/b" }], steps: step(), ...fn }],
});

function problemsOf(body: unknown): string[] {
  try {
    parseRegistration(body);
  } catch (error) {
    if (error instanceof RegistrationError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseRegistration", () => {
  it("reads the in-band and the out-of-band shapes", () => {
    const inBand = parseRegistration(registration({ cancel: [{ event: "a/stop", if: "event.data.id == async.data.id", timeout: "1h" }] }));
    expect(inBand.appId).toBe("app");
    expect(inBand.functions[0]).toMatchObject({
      id: "app-fn",
      url: "http://127.0.0.1:3000/api/inngest?fnId=app-fn&stepId=step",
      retries: 3,
      cancel: [{ event: "a/stop", if: "event.data.id == async.data.id", timeoutMs: 3_600_000 }],
    });
    const { app_id: _ignored, ...rest } = registration({ steps: step(0) });
    const outOfBand = parseRegistration({ ...rest, appName: "app", deployType: "ping", sdk: "js:v4.24.0" });
    expect(outOfBand.functions[0]?.retries).toBe(0);
  });

  it.each(["throttle", "debounce", "rateLimit", "idempotency", "singleton", "priority", "timeouts", "somethingNew"])(
    "refuses the %s option by name",
    (option) => {
      expect(problemsOf(registration({ [option]: { limit: 1 } }))).toEqual([expect.stringContaining(`unsupported option ${option}`)]);
    },
  );

  it("reads batchEvents within the bounds Inngest enforces, and refuses the rest", () => {
    const parsed = parseRegistration(registration({ batchEvents: { maxSize: 100, timeout: "1s", key: "event.data.channelId" } }));
    expect(parsed.functions[0]?.batch).toEqual({ maxSize: 100, timeoutMs: 1_000, key: "event.data.channelId" });
    expect(parseRegistration(registration({ batchEvents: { maxSize: 2, timeout: "60s" } })).functions[0]?.batch).toEqual({ maxSize: 2, timeoutMs: 60_000 });
    expect(problemsOf(registration({ batchEvents: { maxSize: 1, timeout: "5s" } }))).toEqual([expect.stringContaining("batchEvents.maxSize must be a whole number from 2 to 100")]);
    expect(problemsOf(registration({ batchEvents: { maxSize: 101, timeout: "5s" } }))).toEqual([expect.stringContaining("from 2 to 100, got 101")]);
    expect(problemsOf(registration({ batchEvents: { maxSize: 10, timeout: "100ms" } }))).toEqual([expect.stringContaining("from 1s to 60s")]);
    expect(problemsOf(registration({ batchEvents: { maxSize: 10, timeout: "2m" } }))).toEqual([expect.stringContaining("from 1s to 60s")]);
    expect(problemsOf(registration({ batchEvents: { maxSize: 10, timeout: "1s", key: "size(event.data) > 0" } }))).toEqual([expect.stringContaining("Unsupported expression")]);
    expect(problemsOf(registration({ batchEvents: { maxSize: 10, timeout: "1s", if: "event.data.free == true" } }))).toEqual([
      expect.stringContaining("unsupported option batchEvents.if"),
    ]);
  });

  it("reads concurrency as a number, one limit or two, keyed or not, and refuses other scopes and bad limits", () => {
    const limits = (concurrency: unknown) => parseRegistration(registration({ concurrency })).functions[0]?.concurrency;
    expect(limits(5)).toEqual([{ limit: 5 }]);
    expect(limits({ limit: 2, key: "event.data.channelId" })).toEqual([{ limit: 2, key: "event.data.channelId" }]);
    expect(limits([{ limit: 1, key: "event.data.leadId", scope: "fn" }, { limit: 10 }])).toEqual([{ limit: 1, key: "event.data.leadId" }, { limit: 10 }]);
    expect(problemsOf(registration({ concurrency: { limit: 1, scope: "account", key: "event.data.x" } }))).toEqual([expect.stringContaining('unsupported option concurrency.scope "account"')]);
    expect(problemsOf(registration({ concurrency: { limit: 0 } }))).toEqual([expect.stringContaining("concurrency.limit must be a whole number from 1, got 0")]);
    expect(problemsOf(registration({ concurrency: [{ limit: 1 }, { limit: 2 }, { limit: 3 }] }))).toEqual([expect.stringContaining("at most 2 limits")]);
    expect(problemsOf(registration({ concurrency: { limit: 1, key: "size(event.data) > 0" } }))).toEqual([expect.stringContaining("Unsupported expression")]);
  });

  it("ignores options the SDK left empty", () => {
    expect(problemsOf(registration({ concurrency: undefined, throttle: null }))).toEqual([]);
  });

  it("refuses triggers and rules it cannot honour", () => {
    expect(problemsOf(registration({ triggers: [{ cron: "TZ=America/Sao_Paulo 0 9 * * *" }] }))).toEqual([
      expect.stringContaining("time zones are not supported"),
    ]);
    expect(problemsOf(registration({ triggers: [{ cron: "0 9 * * *", jitter: "5m" }] }))).toEqual([expect.stringContaining("jitter")]);
    expect(problemsOf(registration({ triggers: [{ event: "a/b", expression: "size(event.data) > 0" }] }))).toEqual([
      expect.stringContaining("Unsupported expression"),
    ]);
    expect(problemsOf(registration({ cancel: [{ event: "a/stop", timeout: "soon" }] }))).toEqual([expect.stringContaining("Invalid duration")]);
    expect(problemsOf(registration({ steps: { step: { id: "step", runtime: { type: "ws", url: "x" } } } }))).toEqual([
      expect.stringContaining("HTTP step runtime"),
    ]);
  });
});
