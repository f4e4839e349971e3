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

  it.each(["concurrency", "throttle", "debounce", "rateLimit", "idempotency", "batchEvents", "singleton", "priority", "timeouts", "somethingNew"])(
    "refuses the %s option by name",
    (option) => {
      expect(problemsOf(registration({ [option]: { limit: 1 } }))).toEqual([expect.stringContaining(`unsupported option ${option}`)]);
    },
  );

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
