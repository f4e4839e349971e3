import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Push } from "./channels";

const calls: { events: { channel: string }[]; release: () => void }[] = [];
let inFlight = 0;
let maxInFlight = 0;
vi.mock("./pusher-server", () => ({
  pusherServer: () => ({
    triggerBatch: (events: { channel: string }[]) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<void>((resolve, reject) => {
        const done = () => (inFlight--, events.some((e) => e.channel === "private-fails") ? reject(new Error("Soketi down")) : resolve());
        calls.push({ events, release: done });
      });
    },
  }),
}));
const { publish } = await import("./publish");

const push = (channel: string, i: number): Push => ({ channel, event: { name: "conversation.updated", data: { conversationId: `c${i}` } } });

beforeEach(() => {
  calls.length = 0;
  inFlight = maxInFlight = 0;
});

async function releaseAll() {
  for (let i = 0; i < 100 && calls.some((c) => c.release); i++) {
    const pending = calls.filter((c) => c.release);
    for (const call of pending) {
      const release = call.release;
      call.release = undefined as never;
      release();
    }
    await new Promise((r) => setTimeout(r, 0));
  }
}

describe("publish", () => {
  it("sends every push in batches of 10, at most 4 requests at once, and one failed request does not hold back the rest", async () => {
    const pushes = [...Array.from({ length: 40 }, (_, i) => push("private-inbox-ana", i)), ...Array.from({ length: 10 }, (_, i) => push("private-fails", i)), push("private-inbox-bia", 0)];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const done = publish(pushes);
    await releaseAll();
    await done;
    expect(calls.map((c) => c.events.length)).toEqual([10, 10, 10, 10, 10, 1]);
    expect(calls.flatMap((c) => c.events)).toHaveLength(51);
    expect(maxInFlight).toBe(4);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("push falhou (10 eventos): Soketi down"));
  });

  it("sends nothing for no pushes", async () => {
    await publish([]);
    expect(calls).toEqual([]);
  });
});
