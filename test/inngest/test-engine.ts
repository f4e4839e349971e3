import { InngestTestEngine, mockCtx } from "@inngest/test";
import type { InngestFunction } from "inngest";

export type Recorded = { sleeps: { id: string; duration: unknown }[]; waits: { id: string; opts: unknown }[] };

type Options = {
  /** What each step.waitForEvent returns, in order (null: timed out). */
  waitForEvent?: (id: string, opts: unknown) => unknown;
};

/**
 * Runs a function through @inngest/test with durable sleeps and waits stubbed: the engine hangs on
 * an unmocked sleep, and mocking waitForEvent through `steps` is broken upstream.
 */
type TestEvent = { name: string; data: Record<string, unknown> };

/** `event` may be a batch (a function with batchEvents), handed to the run as its `events`. */
export async function runFunction(fn: InngestFunction.Any, event: TestEvent | TestEvent[], options: Options = {}) {
  const recorded: Recorded = { sleeps: [], waits: [] };
  const engine = new InngestTestEngine({
    function: fn,
    events: Array.isArray(event) ? [event[0]!, ...event.slice(1)] : [event],
    // Called once per execution: the engine replays the handler for every step, so each replay
    // records afresh and the longest (last) replay is the run's whole story.
    transformCtx: (ctx) => {
      const mocked = mockCtx(ctx);
      const replay: Recorded = { sleeps: [], waits: [] };
      const keep = () => {
        if (replay.sleeps.length >= recorded.sleeps.length) recorded.sleeps = replay.sleeps;
        if (replay.waits.length >= recorded.waits.length) recorded.waits = replay.waits;
      };
      const stubs = {
        sleep: async (id: string, duration: unknown) => void (replay.sleeps.push({ id, duration }), keep()),
        sleepUntil: async (id: string, duration: unknown) => void (replay.sleeps.push({ id, duration }), keep()),
        waitForEvent: async (id: string, opts: unknown) => {
          replay.waits.push({ id, opts });
          keep();
          return options.waitForEvent?.(id, opts) ?? null;
        },
      };
      return { ...mocked, step: Object.assign(Object.create(Object.getPrototypeOf(mocked.step)), mocked.step, stubs) };
    },
  });
  const output = await engine.execute();
  return { ...output, ...recorded };
}
