import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphClient } from "./graph-client";
import { graphFetch } from "./graph-http";
import { MetaApiError, MetaNetworkError } from "./meta-errors";

type Seen = { method?: string; url?: string; headers: IncomingMessage["headers"]; body: string };
let answer: (req: IncomingMessage, res: ServerResponse, body: string) => void = () => undefined;
const seen: Seen[] = [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body });
    answer(req, res, body);
  });
});
let baseUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const client = (timeoutMs = 2_000) => createGraphClient({ accessToken: "tok-http", baseUrl, apiVersion: "v24.0", timeoutMs });
const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

describe("graph fetch over node:http (the client's default)", () => {
  it("posts the JSON body with the Bearer token and reads Graph's answer", async () => {
    answer = (_, res) => sendJson(res, 200, { messaging_product: "whatsapp", contacts: [{ input: "+5511987654321", wa_id: "5511987654321" }], messages: [{ id: "wamid.H" }] });
    const result = await client().sendText("106540", { to: "+5511987654321", body: "Olá, ção!" });
    expect(result).toEqual({ wamid: "wamid.H", waId: "5511987654321", input: "+5511987654321" });
    const last = seen.at(-1)!;
    expect(last.method).toBe("POST");
    expect(last.url).toBe("/v24.0/106540/messages");
    expect(last.headers.authorization).toBe("Bearer tok-http");
    expect(JSON.parse(last.body)).toMatchObject({ to: "+5511987654321", text: { body: "Olá, ção!" } });
    expect(Number(last.headers["content-length"])).toBe(Buffer.byteLength(last.body));
  });

  it("turns Graph's error answer into MetaApiError with its code", async () => {
    answer = (_, res) => sendJson(res, 400, { error: { code: 131047, message: "Re-engagement message", error_data: { details: "window closed" } } });
    const error = await client().sendText("106540", { to: "+5511987654321", body: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetaApiError);
    expect((error as MetaApiError).code).toBe(131047);
  });

  it("gives up on a call with no answer in time, as a timed-out network error", async () => {
    answer = () => undefined; // never answers
    const error = await client(150).sendText("106540", { to: "+5511987654321", body: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetaNetworkError);
    expect((error as MetaNetworkError).timedOut).toBe(true);
  });

  it("keeps fetch for requests without a string body", async () => {
    answer = (_, res) => sendJson(res, 200, { ok: true });
    const response = await graphFetch(`${baseUrl}/v24.0/106540`, { method: "GET" });
    expect(await response.json()).toEqual({ ok: true });
  });
});
