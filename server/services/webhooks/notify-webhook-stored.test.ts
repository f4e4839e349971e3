import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/server/db";
import { createStoredNotifier } from "./notify-webhook-stored";

// A client whose statements answer when the test says: what matters is when they are sent.
function slowDb() {
  const sent: number[] = [];
  const answers: (() => void)[] = [];
  const db = { $queryRawUnsafe: () => new Promise<void>((resolve) => (sent.push(Date.now()), answers.push(resolve))) } as unknown as Db;
  const answerAll = async () => {
    for (const answer of answers.splice(0)) answer();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { db, sent, answerAll };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("waking the webhook workers", () => {
  it("wakes at once after a quiet spell, and covers a burst with one more notification once the gap has passed", async () => {
    const { db, sent, answerAll } = slowDb();
    const notify = createStoredNotifier(() => db);
    notify();
    expect(sent).toHaveLength(1);
    for (let i = 0; i < 50; i++) notify();
    expect(sent).toHaveLength(1);
    await answerAll();
    // In flight no more, but within the gap: the next one waits for it.
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toHaveLength(2);
    await answerAll();
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(2);
  });

  it("never leaves the last store of a burst without a notification sent after it", async () => {
    const { db, sent, answerAll } = slowDb();
    const notify = createStoredNotifier(() => db);
    for (let round = 0; round < 20; round++) {
      notify();
      const storedAt = Date.now();
      await vi.advanceTimersByTimeAsync(3);
      if (round % 4 === 0) await answerAll();
      await answerAll();
      await vi.advanceTimersByTimeAsync(20);
      expect(sent.at(-1)).toBeGreaterThanOrEqual(storedAt);
    }
    expect(sent.length).toBeLessThan(20 * 2);
  });
});
