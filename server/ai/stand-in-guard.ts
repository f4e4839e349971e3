import "server-only";
import { STAND_IN_HEADER } from "./ai-config";
import { StandInRefusedError } from "./ai-failures";

/**
 * The fetch every provider call goes through. Where the stand-in is not trusted (a production
 * server outside the local demo), an answer carrying the stand-in's header is refused before the
 * SDK reads it: production never trusts the stand-in, even if a URL points at one by mistake.
 */
export function guardedFetch(trustStandIn: boolean, fetchImpl: typeof fetch = globalThis.fetch): typeof fetch {
  if (trustStandIn) return fetchImpl;
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (response.headers.has(STAND_IN_HEADER)) {
      await response.body?.cancel().catch(() => undefined);
      throw new StandInRefusedError();
    }
    return response;
  };
}
