import { describe, expect, it } from "vitest";
import { parseDuration, parseRetryAfter, resolveSleepUntil } from "./duration";

describe("parseDuration", () => {
  it("reads the compound strings the SDK sends", () => {
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("2w1d")).toBe(15 * 86_400_000);
    expect(parseDuration("10s")).toBe(10_000);
    expect(parseDuration("1m30s")).toBe(90_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("1.5h")).toBe(5_400_000);
  });

  it("treats the empty string of a zero sleep as zero", () => {
    expect(parseDuration("")).toBe(0);
  });

  it("rejects anything else", () => {
    for (const bad of ["1x", "h", "10", "1h 30m", "-1s", "1y"]) {
      expect(() => parseDuration(bad), bad).toThrow(/Invalid duration/);
    }
  });
});

describe("resolveSleepUntil", () => {
  const now = Date.UTC(2030, 0, 1, 12);

  it("adds a duration to now", () => {
    expect(resolveSleepUntil("1d", now)).toBe(now + 86_400_000);
  });

  it("reads an ISO date as an absolute time", () => {
    expect(resolveSleepUntil("2030-01-02T00:00:00.000Z", now)).toBe(Date.UTC(2030, 0, 2));
  });

  it("refuses a target that is neither", () => {
    expect(() => resolveSleepUntil("soon", now)).toThrow(/Invalid sleep target/);
  });
});

describe("parseRetryAfter", () => {
  const now = 1_000_000;

  it("reads seconds and dates", () => {
    expect(parseRetryAfter("30", now)).toBe(now + 30_000);
    expect(parseRetryAfter("2030-01-01T00:00:00Z", now)).toBe(Date.UTC(2030, 0, 1));
  });

  it("ignores a missing or unreadable header", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("later", now)).toBeUndefined();
  });
});
