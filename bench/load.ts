import http from "node:http";

export type Load = { ok: number; failed: number; latencies: number[]; seconds: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function post(port: number, path: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

type MakeRequest = () => { body: string; headers: Record<string, string> };

// Closed loop: `concurrency` requests always in flight, for `seconds`. Measures capacity.
export async function closedLoop(port: number, path: string, make: MakeRequest, concurrency: number, seconds: number): Promise<Load> {
  const deadline = performance.now() + seconds * 1000;
  const result: Load = { ok: 0, failed: 0, latencies: [], seconds };
  const worker = async () => {
    while (performance.now() < deadline) {
      const { body, headers } = make();
      const start = performance.now();
      const status = await post(port, path, body, headers).catch(() => 0);
      result.latencies.push(performance.now() - start);
      if (status === 200) result.ok++;
      else result.failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

// Open loop: a request every 1/rate s whatever the answers do. Measures latency at a given load.
export async function openLoop(port: number, path: string, make: MakeRequest, rate: number, seconds: number): Promise<Load> {
  const result: Load = { ok: 0, failed: 0, latencies: [], seconds };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { body, headers } = make();
    pending.push(
      post(port, path, body, headers).then(
        (status) => {
          result.latencies.push(performance.now() - due);
          if (status === 200) result.ok++;
          else result.failed++;
        },
        () => void result.failed++,
      ),
    );
  }
  await Promise.all(pending);
  return result;
}
