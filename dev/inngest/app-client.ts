/** The executor's side of the SDK's HTTP protocol: calls into the app's `serve()` endpoint. */

export type CallRequest = {
  url: string;
  fnId: string;
  stepId: string;
  body: unknown;
  /** -1 until the SDK has told us which execution version it chose for this run. */
  reqVersion: number;
  /** Aborted when the executor stops: the call is abandoned and its job goes back to the queue. */
  signal: AbortSignal;
  timeoutMs: number;
};

export type CallResponse =
  | { ok: true; status: number; headers: Headers; body: unknown }
  | { ok: false; networkError: string };

export async function callFunction(request: CallRequest): Promise<CallResponse> {
  const url = new URL(request.url);
  url.searchParams.set("fnId", request.fnId);
  url.searchParams.set("stepId", request.stepId);
  // Uncompressed: on the loopback, Next's gzip and our gunzip cost CPU on both sides and save nothing.
  const headers: Record<string, string> = { "content-type": "application/json", "accept-encoding": "identity", "x-inngest-server-kind": "dev" };
  if (request.reqVersion > 0) headers["x-inngest-req-version"] = String(request.reqVersion);
  // Not AbortSignal.timeout: inside AbortSignal.any, Node 20 may collect it before it fires
  // (nodejs/node#57736), and a hung call would then hold its worker forever.
  const timeLimit = new AbortController();
  const timer = setTimeout(() => timeLimit.abort(new DOMException("no answer in time", "TimeoutError")), request.timeoutMs);
  try {
    const signal = AbortSignal.any([request.signal, timeLimit.signal]);
    const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(request.body), signal });
    const text = await response.text();
    return { ok: true, status: response.status, headers: response.headers, body: parseJson(text) };
  } catch (error) {
    if (request.signal.aborted) throw error;
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    return { ok: false, networkError: timedOut ? `no answer within ${request.timeoutMs / 1000} s` : describeNetworkError(error) };
  } finally {
    clearTimeout(timer);
  }
}

export type SyncResponse =
  | { kind: "in_band"; body: unknown }
  | { kind: "out_of_band"; status: number; body: unknown }
  | { kind: "failed"; status?: number; message: string };

/**
 * In-band sync: the app answers the PUT with its registration. An app that disabled in-band
 * sync (INNGEST_ALLOW_IN_BAND_SYNC=0) instead posts it to our /fn/register before answering.
 */
export async function requestSync(appUrl: string, signal: AbortSignal): Promise<SyncResponse> {
  let response: Response;
  try {
    response = await fetch(appUrl, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-inngest-sync-kind": "in_band", "x-inngest-server-kind": "dev" },
      body: JSON.stringify({ url: appUrl }),
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: "failed", message: describeNetworkError(error) };
  }
  const body = parseJson(await response.text());
  if (response.status === 401) {
    return { kind: "failed", status: 401, message: "the app refused an unsigned sync: it is in cloud mode; set INNGEST_DEV=1 in the app" };
  }
  if (response.headers.get("x-inngest-sync-kind") === "out_of_band") return { kind: "out_of_band", status: response.status, body };
  if (!response.ok) return { kind: "failed", status: response.status, message: `the app answered ${response.status}` };
  return { kind: "in_band", body };
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && "code" in cause ? String(cause.code) : undefined;
  return [error instanceof Error ? error.message : String(error), code ?? cause?.message].filter(Boolean).join(": ");
}
