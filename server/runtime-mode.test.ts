import { describe, expect, it } from "vitest";
import { inngestDevMode, inngestDevModeAllowed, isLocalDemo } from "./runtime-mode";

describe("runtime mode", () => {
  it("is the local demo only when COMUNICADOR_LOCAL_DEMO says so", () => {
    expect(isLocalDemo({})).toBe(false);
    expect(isLocalDemo({ COMUNICADOR_LOCAL_DEMO: "0" })).toBe(false);
    expect(isLocalDemo({ COMUNICADOR_LOCAL_DEMO: "1" })).toBe(true);
    expect(isLocalDemo({ COMUNICADOR_LOCAL_DEMO: "true" })).toBe(true);
  });

  it("runs Inngest unsigned (dev mode) on a production server only inside the local demo", () => {
    expect(inngestDevMode({ NODE_ENV: "production", INNGEST_DEV: "1" })).toBe(false);
    expect(inngestDevMode({ NODE_ENV: "production", INNGEST_DEV: "http://127.0.0.1:8288" })).toBe(false);
    expect(inngestDevMode({ NODE_ENV: "production", INNGEST_DEV: "1", COMUNICADOR_LOCAL_DEMO: "1" })).toBe(true);
    expect(inngestDevMode({ NODE_ENV: "development", INNGEST_DEV: "1" })).toBe(true);
    expect(inngestDevMode({ NODE_ENV: "test", INNGEST_DEV: "true" })).toBe(true);
  });

  it("never runs Inngest in dev mode unless INNGEST_DEV asks for it", () => {
    expect(inngestDevMode({ NODE_ENV: "development" })).toBe(false);
    expect(inngestDevMode({ NODE_ENV: "development", INNGEST_DEV: "0" })).toBe(false);
    expect(inngestDevMode({ NODE_ENV: "production", INNGEST_DEV: "false", COMUNICADOR_LOCAL_DEMO: "1" })).toBe(false);
  });
});

describe("inngestDevModeAllowed", () => {
  it("forbids dev mode on a production server outside the local demo only", () => {
    expect(inngestDevModeAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(inngestDevModeAllowed({ NODE_ENV: "production", COMUNICADOR_LOCAL_DEMO: "0" })).toBe(false);
    expect(inngestDevModeAllowed({ NODE_ENV: "production", COMUNICADOR_LOCAL_DEMO: "1" })).toBe(true);
    expect(inngestDevModeAllowed({ NODE_ENV: "test" })).toBe(true);
  });
});
