import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createPacer } from "./send-pacer";

describe("the send pacer", () => {
  it("starts each call at its time, never before, and says how late it started", async () => {
    const pacer = createPacer({ inFlight: 4 });
    const t0 = Date.now();
    const started: { key: string; at: number; late: number }[] = [];
    for (const [key, offset] of [["a", 60], ["b", 0], ["c", 30], ["d", -200]] as const) {
      pacer.schedule(t0 + offset, key, async (late) => void started.push({ key, at: Date.now() - t0, late }));
    }
    await pacer.drain();
    // The two due now start first, in either order; then the others at their times.
    expect(started.map((s) => s.key).slice(2)).toEqual(["c", "a"]);
    for (const s of started.filter((x) => x.key !== "d")) expect(s.at).toBeGreaterThanOrEqual(s.key === "a" ? 60 : s.key === "c" ? 30 : 0);
    // Scheduled 200 ms in the past: started at once, and told so.
    expect(started.find((s) => s.key === "d")!.late).toBeGreaterThanOrEqual(200);
  });

  it("keeps one key's calls in order, each after the previous one answered, and at most `inFlight` out at once", async () => {
    const pacer = createPacer({ inFlight: 2 });
    const now = Date.now();
    const log: string[] = [];
    let out = 0;
    let most = 0;
    const call = (name: string, ms: number) => async () => {
      out++;
      most = Math.max(most, out);
      log.push(`start ${name}`);
      await sleep(ms);
      log.push(`end ${name}`);
      out--;
    };
    pacer.schedule(now, "lead", call("first", 40));
    pacer.schedule(now, "lead", call("second", 1));
    pacer.schedule(now, "x", call("x", 20));
    pacer.schedule(now, "y", call("y", 20));
    await pacer.drain();
    expect(log.indexOf("start second")).toBeGreaterThan(log.indexOf("end first"));
    expect(most).toBe(2);
  });
});
