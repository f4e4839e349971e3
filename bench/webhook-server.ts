// Child process of the webhook bench: serves the real route handler over HTTP, nothing else.
import http from "node:http";
import { POST } from "../app/api/webhooks/meta/route";

const server = http.createServer(async (req, res) => {
  // Baseline: the same server and parsing, with no work behind it.
  if (req.url === "/noop") {
    req.resume();
    req.on("end", () => res.end("OK"));
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const request = new Request(`http://127.0.0.1${req.url}`, {
    method: "POST",
    headers: req.headers as Record<string, string>,
    body: Buffer.concat(chunks),
  });
  const response = await POST(request);
  res.writeHead(response.status, { "content-type": "text/plain" });
  res.end(await response.text());
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.stdout.write(`LISTENING ${address.port}\n`);
});
