import type { IncomingMessage, ServerResponse } from "node:http";
import type { StandInContext } from "./context";
import { OPENAI_ERRORS, sendOpenAiError } from "./openai-errors";

/** Waits, or stops waiting when the client leaves. */
export const sleep = (ms: number, res?: ServerResponse) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res?.off("close", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res?.once("close", done);
  });

/**
 * What every /v1 call goes through before it is answered: the API key, when one is configured, and
 * an injected fault. False when the answer was already sent (or the client left while it waited).
 */
export async function admitted(standIn: StandInContext, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const { apiKey } = standIn.config;
  if (apiKey && req.headers.authorization !== `Bearer ${apiKey}`) {
    sendOpenAiError(res, OPENAI_ERRORS.reject);
    return false;
  }
  const fault = standIn.faults.take();
  if (!fault) return true;
  const retryAfter: Record<string, string> = fault.retryAfterMs !== undefined ? { "retry-after-ms": String(fault.retryAfterMs) } : {};
  if (fault.mode === "slow") {
    await sleep(fault.delayMs, res);
    return !res.destroyed && !res.writableEnded;
  }
  sendOpenAiError(res, OPENAI_ERRORS[fault.mode], retryAfter);
  return false;
}
