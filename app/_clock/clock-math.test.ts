import { describe, expect, it } from "vitest";
import { clockOffset, pastOrNow, windowMsLeft } from "./clock-math";

const server = new Date("2026-11-25T18:00:00.000Z");

describe("reading server times in a browser whose clock is off", () => {
  it("measures how far the browser's clock is from the server's", () => {
    expect(clockOffset(+server, +server - 10 * 60_000)).toBe(10 * 60_000);
    expect(clockOffset(+server, +server + 90_000)).toBe(-90_000);
  });

  it("never places something the server stamped in the future", () => {
    const stamped = new Date(+server + 2_000);
    expect(pastOrNow(stamped, server)).toEqual(server);
    const earlier = new Date(+server - 60_000);
    expect(pastOrNow(earlier, server)).toEqual(earlier);
  });

  it("never counts down more than the channel's window, even a lead's message just in", () => {
    // The browser runs 1 min behind: raw arithmetic says 24 h 1 min.
    expect(windowMsLeft(new Date(+server + 24 * 3_600_000 + 60_000), server, 24)).toBe(24 * 3_600_000);
    expect(windowMsLeft(new Date(+server + 3 * 3_600_000), server, 24)).toBe(3 * 3_600_000);
    expect(windowMsLeft(new Date(+server + 3 * 3_600_000), server, 2)).toBe(2 * 3_600_000);
    expect(windowMsLeft(new Date(+server - 1), server, 24)).toBe(0);
  });
});
