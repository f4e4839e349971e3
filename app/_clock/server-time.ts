import "server-only";

/** The server's clock when this request renders; the browser measures its own offset against it. */
export function requestTime(): number {
  return Date.now();
}
