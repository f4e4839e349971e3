import { describe, expect, it } from "vitest";
import { ineligibility, pickNextAssignee } from "./next-assignee";

const members = (spec: string) => [...spec].map((c, i) => ({ userId: `u${i}`, eligible: c === "y" }));

describe("pickNextAssignee", () => {
  it("starts from the top when nobody has been served yet", () => {
    expect(pickNextAssignee(members("yyy"), null)?.userId).toBe("u0");
  });

  it("serves the member after the last one, wrapping around", () => {
    expect(pickNextAssignee(members("yyy"), "u0")?.userId).toBe("u1");
    expect(pickNextAssignee(members("yyy"), "u2")?.userId).toBe("u0");
  });

  it("skips ineligible members", () => {
    expect(pickNextAssignee(members("yny"), "u0")?.userId).toBe("u2");
    expect(pickNextAssignee(members("nny"), "u2")?.userId).toBe("u2");
    expect(pickNextAssignee(members("ynn"), "u0")?.userId).toBe("u0");
  });

  it("starts again from the top when the last one served left the queue", () => {
    expect(pickNextAssignee(members("nyy"), "gone")?.userId).toBe("u1");
  });

  it("finds nobody in an empty queue or one with no eligible member", () => {
    expect(pickNextAssignee([], null)).toBeNull();
    expect(pickNextAssignee(members("nnn"), "u1")).toBeNull();
  });
});

describe("ineligibility", () => {
  const broker = { isAdmin: false, permissions: ["INBOX_USE"] };
  it("names every reason a member would be skipped", () => {
    expect(ineligibility({ active: true, canCommunicate: true, accessProfile: broker })).toEqual([]);
    expect(ineligibility({ active: false, canCommunicate: false, accessProfile: { isAdmin: false, permissions: [] } })).toEqual([
      "inactive",
      "communicationOff",
      "noInboxAccess",
    ]);
    expect(ineligibility({ active: true, canCommunicate: true, accessProfile: { isAdmin: true, permissions: [] } })).toEqual([]);
  });
});
