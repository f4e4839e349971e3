import { describe, expect, it } from "vitest";
import { formatDayLabel, formatListTime, initials, leadDisplayName, splitDuration } from "./format";

const words = { today: "hoje", yesterday: "ontem" };
// 15:00 in São Paulo (UTC-3).
const now = new Date("2026-11-25T18:00:00.000Z");

describe("inbox dates", () => {
  it("reads like WhatsApp in São Paulo time", () => {
    expect(formatListTime(new Date("2026-11-25T17:05:00.000Z"), now, words)).toBe("hoje 14:05");
    expect(formatListTime(new Date("2026-11-25T02:30:00.000Z"), now, words)).toBe("ontem");
    expect(formatListTime(new Date("2026-11-12T15:00:00.000Z"), now, words)).toBe("12/11");
    expect(formatListTime(new Date("2025-11-12T15:00:00.000Z"), now, words)).toBe("12/11/2025");
    expect(formatDayLabel(new Date("2026-11-12T15:00:00.000Z"), now, { today: "Hoje", yesterday: "Ontem" })).toBe("quinta-feira, 12 de novembro");
  });

  it("counts the window down in whole minutes, rounded up", () => {
    expect(splitDuration((3 * 60 + 12) * 60_000)).toEqual({ hours: 3, minutes: 12 });
    expect(splitDuration(30_000)).toEqual({ hours: 0, minutes: 1 });
    expect(splitDuration(-5)).toEqual({ hours: 0, minutes: 0 });
  });

  it("names a lead by name, else by formatted phone", () => {
    expect(leadDisplayName({ name: " Maria Souza ", phoneE164: "+5511987654321" }, "?")).toBe("Maria Souza");
    expect(leadDisplayName({ name: null, phoneE164: "+5511987654321" }, "?")).toBe("+55 (11) 98765-4321");
    expect(leadDisplayName({ name: "", phoneE164: null }, "Sem nome")).toBe("Sem nome");
    expect(initials("Maria da Silva Souza")).toBe("MS");
    expect(initials("+55 (11) 98765-4321")).toBe("");
  });
});
