import { describe, expect, it } from "vitest";
import { nextCronFire, parseCron } from "./cron";

const at = (iso: string) => Date.parse(iso);
const next = (cron: string, after: string) => new Date(nextCronFire(parseCron(cron), at(after))).toISOString();

describe("nextCronFire", () => {
  it("fires every minute, strictly after the given time", () => {
    expect(next("* * * * *", "2030-01-01T00:00:30Z")).toBe("2030-01-01T00:01:00.000Z");
    expect(next("* * * * *", "2030-01-01T00:01:00Z")).toBe("2030-01-01T00:02:00.000Z");
  });

  it("handles steps, ranges and lists", () => {
    expect(next("*/15 * * * *", "2030-01-01T00:16:00Z")).toBe("2030-01-01T00:30:00.000Z");
    expect(next("0 9-17/4 * * *", "2030-01-01T10:00:00Z")).toBe("2030-01-01T13:00:00.000Z");
    expect(next("5,45 * * * *", "2030-01-01T00:06:00Z")).toBe("2030-01-01T00:45:00.000Z");
    expect(next("10/20 * * * *", "2030-01-01T00:31:00Z")).toBe("2030-01-01T00:50:00.000Z");
  });

  it("rolls over days, months and years", () => {
    expect(next("0 0 * * *", "2030-12-31T23:59:00Z")).toBe("2031-01-01T00:00:00.000Z");
    expect(next("0 12 1 * *", "2030-01-15T00:00:00Z")).toBe("2030-02-01T12:00:00.000Z");
    expect(next("0 0 29 2 *", "2030-03-01T00:00:00Z")).toBe("2032-02-29T00:00:00.000Z");
  });

  it("reads month and weekday names, and 7 as Sunday", () => {
    // 2030-01-01 is a Tuesday.
    expect(next("0 8 * * MON", "2030-01-01T00:00:00Z")).toBe("2030-01-07T08:00:00.000Z");
    expect(next("0 8 * * 7", "2030-01-01T00:00:00Z")).toBe("2030-01-06T08:00:00.000Z");
    expect(next("0 0 1 mar *", "2030-01-01T00:00:00Z")).toBe("2030-03-01T00:00:00.000Z");
  });

  it("matches either day field when both are restricted", () => {
    expect(next("0 0 15 * FRI", "2030-01-01T00:00:00Z")).toBe("2030-01-04T00:00:00.000Z");
    expect(next("0 0 3 * FRI", "2030-01-01T00:00:00Z")).toBe("2030-01-03T00:00:00.000Z");
  });

  it("expands macros", () => {
    expect(next("@hourly", "2030-01-01T00:00:01Z")).toBe("2030-01-01T01:00:00.000Z");
    expect(next("@daily", "2030-01-01T00:00:01Z")).toBe("2030-01-02T00:00:00.000Z");
  });

  it("refuses what it does not implement or what never fires", () => {
    expect(() => parseCron("TZ=America/Sao_Paulo 0 9 * * *")).toThrow(/time zones are not supported/);
    expect(() => parseCron("0 0 * * * *")).toThrow(/expected 5 fields/);
    expect(() => parseCron("61 * * * *")).toThrow(/invalid value/);
    expect(() => parseCron("5-1 * * * *")).toThrow(/invalid range/);
    expect(() => nextCronFire(parseCron("0 0 31 2 *"), 0)).toThrow(/never fires/);
  });
});
