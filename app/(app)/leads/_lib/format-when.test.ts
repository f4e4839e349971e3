import { describe, expect, it } from "vitest";
import { formatWhen } from "./format-when";

const words = { today: "hoje", yesterday: "ontem" };
// 2026-11-25 15:00 in São Paulo (UTC-3, no daylight saving since 2019).
const now = new Date("2026-11-25T18:00:00Z");

describe("formatWhen", () => {
  it("says hoje with the São Paulo time", () => {
    expect(formatWhen(new Date("2026-11-25T17:05:00Z"), now, words)).toBe("hoje 14:05");
  });

  it("counts the day in São Paulo, not in UTC", () => {
    // 01:30 UTC on the 25th is still the 24th, 22:30, in São Paulo.
    expect(formatWhen(new Date("2026-11-25T01:30:00Z"), now, words)).toBe("ontem 22:30");
  });

  it("shows day/month within the year and the full date before it", () => {
    expect(formatWhen(new Date("2026-11-12T12:00:00Z"), now, words)).toBe("12/11 09:00");
    expect(formatWhen(new Date("2025-11-12T12:00:00Z"), now, words)).toBe("12/11/2025 09:00");
  });
});
