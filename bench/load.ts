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

type Request = { body: string; headers: Record<string, string> };

// Open loop: a request every 1/rate s whatever the answers do, each timed from when it was due
// (not from when a socket was free), so a slow server cannot hide its queue (coordinated omission).
export async function openLoop<R extends Request>(port: number, path: string, make: () => R, rate: number, seconds: number, onSent?: (request: R, due: number) => void): Promise<Load> {
  const result: Load = { ok: 0, failed: 0, latencies: [], seconds };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const request = make();
    const { body, headers } = request;
    onSent?.(request, due);
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
