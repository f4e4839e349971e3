import { describe, expect, it } from "vitest";
import { splitIntoLanes } from "./split-into-lanes";

const keyed = (item: string, ...keys: string[]) => ({ item, keys });

describe("splitIntoLanes", () => {
  it("spreads events that share nothing over the lanes", () => {
    const lanes = splitIntoLanes([keyed("a", "1"), keyed("b", "2"), keyed("c", "3"), keyed("d", "4")], 2);
    expect(lanes).toHaveLength(2);
    expect(lanes.flat().sort()).toEqual(["a", "b", "c", "d"]);
    expect(lanes.map((lane) => lane.length)).toEqual([2, 2]);
  });

  it("keeps events sharing a key, directly or through another event, in one lane in arrival order", () => {
    const events = [keyed("1", "ana"), keyed("2", "bia"), keyed("3", "caio"), keyed("4", "ana", "caio"), keyed("5", "bia"), keyed("6", "ana")];
    const lanes = splitIntoLanes(events, 4);
    expect(lanes).toContainEqual(["1", "3", "4", "6"]);
    expect(lanes).toContainEqual(["2", "5"]);
    expect(lanes).toHaveLength(2);
  });

  it("gives an event without keys a lane of its own, and never makes more lanes than asked", () => {
    const lanes = splitIntoLanes([keyed("a"), keyed("b"), keyed("c", "x"), keyed("d", "x")], 3);
    expect(lanes).toHaveLength(3);
    expect(lanes).toContainEqual(["c", "d"]);
    expect(splitIntoLanes([keyed("a", "1"), keyed("b", "2")], 1)).toEqual([["a", "b"]]);
    expect(splitIntoLanes([], 4)).toEqual([]);
  });
});
