import { describe, expect, it } from "vitest";
import { bucketExcess, busiestGroup, busiestWindow, consecutiveGaps, countBy, extraCopies, groupTimes, sentBeyondQueued } from "./send-metrics";

describe("the sends phase's arithmetic", () => {
  it("finds the busiest one-second window wherever it starts, end excluded", () => {
    expect(busiestWindow([], 1000)).toBe(0);
    expect(busiestWindow([5], 1000)).toBe(1);
    // 0, 999 in one window; 1000 starts the next (the window is [t, t + 1 s)).
    expect(busiestWindow([0, 999, 1000], 1000)).toBe(2);
    // Unsorted input; the densest stretch is 1500..2400, not the calendar second 1000..1999.
    expect(busiestWindow([2400, 0, 1500, 1900, 2100, 3600], 1000)).toBe(4);
  });

  it("reports the group with the busiest window", () => {
    const groups = groupTimes(
      [
        { channel: "a", at: 0 },
        { channel: "b", at: 0 },
        { channel: "b", at: 10 },
        { channel: "a", at: 2000 },
      ],
      (send) => send.channel,
      (send) => send.at,
    );
    expect(busiestGroup(groups, 1000)).toEqual({ key: "b", count: 2 });
    expect(busiestGroup(new Map(), 1000)).toEqual({ key: null, count: 0 });
  });

  it("measures gaps between consecutive sends within each group only", () => {
    const groups = new Map([
      ["lead-1", [6000, 0, 13000]],
      ["lead-2", [100]],
      ["lead-3", [50, 60]],
    ]);
    expect(consecutiveGaps(groups).sort((a, b) => a - b)).toEqual([10, 6000, 7000]);
  });

  it("counts the copies of a message sent twice", () => {
    expect(extraCopies(["w1", "w2", "w3"])).toBe(0);
    expect(extraCopies(["w1", "w2", "w1", "w1"])).toBe(2);
    const queued = countBy(["a", "a", "b"], (key) => key);
    expect(sentBeyondQueued(queued, countBy(["a", "a", "b"], (key) => key))).toBe(0);
    expect(sentBeyondQueued(queued, countBy(["a", "a", "a", "b", "c"], (key) => key))).toBe(2);
    // Fewer sent than queued is "not sent", counted elsewhere, never a negative duplicate.
    expect(sentBeyondQueued(queued, countBy(["a"], (key) => key))).toBe(0);
  });

  it("counts sends beyond a burst and then one per interval (the pair rule)", () => {
    // A burst of 3, then one per 6 s.
    expect(bucketExcess([0, 10, 20], 6000, 3)).toBe(0);
    expect(bucketExcess([0, 10, 20, 30], 6000, 3)).toBe(1);
    expect(bucketExcess([0, 10, 20, 6100], 6000, 3)).toBe(0);
    // Refused sends take no token: the one after them is judged on what is left.
    expect(bucketExcess([0, 10, 20, 30, 40, 6100], 6000, 3)).toBe(2);
    // Jitter: 5,950 ms after an empty bucket is on time with 100 ms of tolerance, not without.
    expect(bucketExcess([0, 0, 0, 5950], 6000, 3)).toBe(1);
    expect(bucketExcess([0, 0, 0, 5950], 6000, 3, 100)).toBe(0);
    expect(bucketExcess([], 6000, 3)).toBe(0);
  });
});
