// Closed loop through autocannon: `connections` requests always in flight. Measures capacity.
import autocannon from "autocannon";

export type Capacity = { rps: number; ok: number; non2xx: number; errors: number; p50: number; p99: number };

type Next = () => { body: string; headers: Record<string, string> };

export async function capacity(url: string, path: string, seconds: number, connections: number, next?: Next): Promise<Capacity> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      next
        ? { method: "POST", path, setupRequest: (request) => ({ ...request, ...next() }) }
        : { method: "GET", path },
    ],
  });
  const ok = result["2xx"];
  return { rps: ok / seconds, ok, non2xx: result.non2xx, errors: result.errors + result.timeouts, p50: result.latency.p50, p99: result.latency.p99 };
}
