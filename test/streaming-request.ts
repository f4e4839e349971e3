// A request whose body streams in chunks with no Content-Length (like `Transfer-Encoding:
// chunked`), counting what the server pulled: proves a route stopped reading, or never started.
export type StreamingRequest = { request: Request; pulledBytes: () => number; cancelled: () => boolean };

export function streamingRequest(
  url: string,
  input: { chunkBytes: number; chunks: number; headers?: Record<string, string>; fill?: number },
): StreamingRequest {
  let sent = 0;
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === input.chunks) return controller.close();
      sent++;
      pulled += input.chunkBytes;
      controller.enqueue(new Uint8Array(input.chunkBytes).fill(input.fill ?? 0x61));
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  const request = new Request(url, { method: "POST", headers: input.headers, body, duplex: "half" } as RequestInit);
  return { request, pulledBytes: () => pulled, cancelled: () => cancelled };
}
