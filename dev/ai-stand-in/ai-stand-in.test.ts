import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { spokenWav } from "../voice-note/spoken-wav";
import { STAND_IN_HEADER, STAND_IN_MODEL } from "./config";
import { parseSse } from "./sse";
import { startAiStandIn, type RunningStandIn } from "./stand-in";
import { HEARD_PHRASES } from "./transcriptions";

const KEY = "sk-stand-in-teste";
let standIn: RunningStandIn;

beforeAll(async () => {
  standIn = await startAiStandIn({ port: 0, apiKey: KEY, firstTokenDelayMs: 5, wordDelayMs: 1, log: () => undefined });
});
afterAll(() => standIn.close());
beforeEach(() => fetch(`${standIn.url}/__control/reset`, { method: "POST" }));

const auth = { authorization: `Bearer ${KEY}` };
const MESSAGES = [
  { role: "system", content: "TAREFA: sugestoes\n[F1] Residencial Aurora — 2 quartos a partir de R$ 450.000\n[F2] Endereço: Rua das Flores, 120" },
  { role: "user", content: "Lead: qual o valor do 2 quartos?" },
];

const chat = (body: Record<string, unknown>, headers: Record<string, string> = auth) =>
  fetch(`${standIn.baseUrl}/chat/completions`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ model: STAND_IN_MODEL, messages: MESSAGES, ...body }) });

const control = (path: string, body: unknown) => fetch(`${standIn.url}/__control/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function transcription(bytes: Uint8Array, type: string, fields: Record<string, string> = { model: STAND_IN_MODEL }) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), type === "audio/wav" ? "audio.wav" : "audio.ogg");
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return fetch(`${standIn.baseUrl}/audio/transcriptions`, { method: "POST", headers: auth, body: form });
}

type Chunk = { choices: { delta: { content?: string }; finish_reason: string | null }[]; usage?: Record<string, number> };

describe("AI stand-in over HTTP", () => {
  it("lists its one model and marks every answer, errors included, as the stand-in's", async () => {
    const models = await fetch(`${standIn.baseUrl}/models`);
    expect(models.headers.get(STAND_IN_HEADER)).toBe("1");
    expect(await models.json()).toEqual({ object: "list", data: [{ id: "comunicador-stand-in", object: "model", created: 0, owned_by: "comunicador" }] });
    const unknown = await fetch(`${standIn.baseUrl}/nada`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get(STAND_IN_HEADER)).toBe("1");
  });

  it("answers a chat completion with the task's text and the tokens spent", async () => {
    const response = await chat({});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { object: string; model: string; choices: { message: { role: string; content: string }; finish_reason: string }[]; usage: Record<string, number> };
    expect(body).toMatchObject({ object: "chat.completion", model: STAND_IN_MODEL, choices: [{ message: { role: "assistant" }, finish_reason: "stop" }] });
    expect(body.choices[0]?.message.content).toMatch(/^1\) Olá! Residencial Aurora — 2 quartos a partir de R\$ 450\.000\. .*\[F1\]$/m);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens! + body.usage.completion_tokens!);
    expect(body.usage.completion_tokens).toBe(Math.ceil(body.choices[0]!.message.content.length / 4));
  });

  it("streams the same text word by word as SSE, with usage only when asked, ending with [DONE]", async () => {
    const whole = ((await (await chat({})).json()) as { choices: { message: { content: string } }[]; usage: object }).choices[0]!.message.content;
    const response = await chat({ stream: true, stream_options: { include_usage: true } });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const raw = await response.text();
    expect(raw.endsWith("data: [DONE]\n\n")).toBe(true);
    const events = parseSse(raw);
    const chunks = events.slice(0, -1) as Chunk[];
    const pieces = chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta.content ?? "")).filter(Boolean);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join("")).toBe(whole);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe("stop");
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: Math.ceil(whole.length / 4) } });

    const withoutUsage = parseSse(await (await chat({ stream: true })).text()).slice(0, -1) as Chunk[];
    expect(withoutUsage.some((chunk) => chunk.usage)).toBe(false);
  });

  it("transcribes a spoken WAV to its words, and other audio to a fixed phrase by its bytes", async () => {
    const spoken = await transcription(spokenWav("Qual o valor do apartamento de 2 quartos?"), "audio/wav");
    expect(spoken.headers.get(STAND_IN_HEADER)).toBe("1");
    expect(await spoken.json()).toEqual({ text: "Qual o valor do apartamento de 2 quartos?" });

    const ogg = new Uint8Array([...Buffer.from("OggS"), ...Array.from({ length: 60 }, (_, i) => i)]);
    const heard = ((await (await transcription(ogg, "audio/ogg")).json()) as { text: string }).text;
    expect(HEARD_PHRASES).toContain(heard);
    expect(((await (await transcription(ogg, "audio/ogg")).json()) as { text: string }).text).toBe(heard);

    const asText = await transcription(spokenWav("oi"), "audio/wav", { model: STAND_IN_MODEL, response_format: "text" });
    expect(await asText.text()).toBe("oi");
    expect((await transcription(spokenWav("oi"), "audio/wav", {})).status).toBe(400);
  });

  it("asks for the configured key as OpenAI does", async () => {
    const response = await chat({}, { authorization: "Bearer outra" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { message: expect.stringContaining("Incorrect API key"), type: "invalid_request_error", param: null, code: "invalid_api_key" } });
  });

  it("fails on demand like OpenAI: 500, 429 insufficient_quota, 401, for the number of calls asked", async () => {
    await control("fail", { mode: "down", count: 2, retryAfterMs: 10 });
    const down = await chat({});
    expect(down.status).toBe(500);
    expect(down.headers.get("retry-after-ms")).toBe("10");
    expect(((await down.json()) as { error: { type: string } }).error.type).toBe("server_error");
    expect((await chat({})).status).toBe(500);
    expect((await chat({})).status).toBe(200);

    await control("fail", { mode: "overQuota", count: 1 });
    const quota = await chat({ stream: true });
    expect(quota.status).toBe(429);
    expect(((await quota.json()) as { error: { code: string } }).error.code).toBe("insufficient_quota");

    await control("fail", { mode: "reject" });
    expect((await transcription(spokenWav("oi"), "audio/wav")).status).toBe(401);
    expect((await chat({})).status).toBe(401);
    await control("fail", { mode: "none" });
    expect((await chat({})).status).toBe(200);
    expect((await control("fail", { mode: "explode" })).status).toBe(400);
  });

  it("holds a slow answer back, then answers", async () => {
    await control("fail", { mode: "slow", delayMs: 150, count: 1 });
    const started = Date.now();
    expect((await chat({})).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("records what it was sent, for tests to check", async () => {
    await chat({});
    const { requests } = (await (await fetch(`${standIn.url}/__control/requests`)).json()) as { requests: { path: string; body: { messages: unknown } }[] };
    expect(requests).toEqual([expect.objectContaining({ path: "/v1/chat/completions", body: expect.objectContaining({ messages: MESSAGES }) })]);
  });
});
