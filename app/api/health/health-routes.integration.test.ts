import { describe, expect, it } from "vitest";
import { GET as live } from "./live/route";
import { GET as ready } from "./ready/route";

describe("health endpoints", () => {
  it("/api/health/live answers 200 without touching anything", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/api/health/ready answers 200 with each check when the database answers", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", checks: { configuration: "ok", database: "ok" } });
  });
});
