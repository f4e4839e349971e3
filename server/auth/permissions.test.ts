import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILES } from "@/server/services/profiles/built-in-profiles";
import { ALL_PERMISSIONS, PERMISSION_GROUPS, Permission } from "./permissions";

describe("permission groups", () => {
  it("show every permission exactly once on the profile screen", () => {
    const shown = PERMISSION_GROUPS.flatMap((group) => [...group.permissions]);
    expect([...shown].sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it("put Campanhas with the relationship permissions and give it to the built-in administrator only", () => {
    const relationship = PERMISSION_GROUPS.find((group) => group.id === "relationship");
    expect(relationship?.permissions).toContain(Permission.CAMPAIGNS);
    expect(BUILT_IN_PROFILES.admin.permissions).toContain(Permission.CAMPAIGNS);
    expect(BUILT_IN_PROFILES.manager.permissions).not.toContain(Permission.CAMPAIGNS);
    expect(BUILT_IN_PROFILES.broker.permissions).not.toContain(Permission.CAMPAIGNS);
  });
});
