import { describe, expect, it } from "vitest";
import { rankQueues, type QueueCandidate } from "./distribute-lead";
import { nextMember } from "./queue-round-robin";

const queue = (id: string, developmentIds: string[]): QueueCandidate => ({ id, developmentIds, members: [] });

describe("nextMember", () => {
  const members = [
    { userId: "a", eligible: true },
    { userId: "b", eligible: false },
    { userId: "c", eligible: true },
  ];
  it("goes round in position order, skipping the ineligible", () => {
    expect(nextMember(members, null)).toBe("a");
    expect(nextMember(members, "a")).toBe("c");
    expect(nextMember(members, "c")).toBe("a");
    expect(nextMember(members, "b")).toBe("c");
    expect(nextMember(members, "gone")).toBe("a");
  });
  it("returns null when nobody is eligible", () => {
    expect(nextMember([{ userId: "b", eligible: false }], null)).toBeNull();
    expect(nextMember([], "a")).toBeNull();
  });
});

describe("rankQueues", () => {
  const queues = [queue("general", []), queue("other", ["d9"]), queue("one", ["d1"]), queue("two", ["d1", "d2"])];
  it("puts the most overlapping first, general ones after, and drops other developments' queues", () => {
    expect(rankQueues(queues, ["d1", "d2"], null).map((q) => q.id)).toEqual(["two", "one", "general"]);
    expect(rankQueues(queues, [], null).map((q) => q.id)).toEqual(["general"]);
  });
  it("puts the lead's own queue first", () => {
    expect(rankQueues(queues, ["d1"], "general").map((q) => q.id)).toEqual(["general", "one", "two"]);
  });
});
