// The provider against the AI stand-in over real HTTP: streaming, usage, transcription, time limits,
// provider errors → the broker's reasons, and a production server refusing the stand-in.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { STAND_IN_HEADER as STAND_IN_SENDS, STAND_IN_MODEL } from "@/dev/ai-stand-in/config";
import { startAiStandIn, type RunningStandIn } from "@/dev/ai-stand-in/stand-in";
import { HEARD_PHRASES } from "@/dev/ai-stand-in/transcriptions";
import { spokenWav } from "@/dev/voice-note/spoken-wav";
import { aiConfigFromEnv, STAND_IN_HEADER, type AiConfig } from "./ai-config";
import { aiFailureReason } from "./ai-failures";
import type { AiPrompt } from "./ai-provider";
import { aiProviderFromEnv, createOpenAiCompatibleProvider, type AiLimits } from "./openai-compatible-provider";

const KEY = "sk-stand-in-teste";
let standIn: RunningStandIn;

beforeAll(async () => {
  standIn = await startAiStandIn({ port: 0, apiKey: KEY, firstTokenDelayMs: 5, wordDelayMs: 1, log: () => undefined });
});
afterAll(() => standIn.close());
beforeEach(async () => {
  await fetch(`${standIn.url}/__control/reset`, { method: "POST" });
});

const config = (overrides: Partial<AiConfig> = {}): AiConfig => ({
  baseUrl: standIn.baseUrl,
  apiKey: KEY,
  model: STAND_IN_MODEL,
  transcriptionModel: STAND_IN_MODEL,
  standIn: true,
  trustStandIn: true,
  ...overrides,
});
const provider = (limits: Partial<AiLimits> = {}, overrides: Partial<AiConfig> = {}) => createOpenAiCompatibleProvider(config(overrides), limits);

const fail = (body: Record<string, unknown>) =>
  fetch(`${standIn.url}/__control/fail`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const calls = async (path: string) =>
  ((await (await fetch(`${standIn.url}/__control/requests`)).json()) as { requests: { path: string }[] }).requests.filter((r) => r.path === path).length;

const QUESTION: AiPrompt = {
  system: [
    "Você ajuda um corretor de imóveis a responder um lead pelo WhatsApp.",
    "TAREFA: sugestoes",
    "[F1] Residencial Aurora — endereço: Rua das Flores, 120, Pinheiros",
    "[F2] Residencial Aurora — 2 quartos, 58 m²: a partir de R$ 450.000 (tabela de preços)",
    "[F3] Residencial Aurora — entrega prevista em dezembro de 2027",
  ].join("\n"),
  prompt: "Lead: Oi, boa tarde!\nCorretor: Olá! Tudo bem?\nLead: qual o valor do 2 quartos?",
};

async function read(stream: AsyncIterable<string>): Promise<{ pieces: string[]; at: number[] }> {
  const pieces: string[] = [];
  const at: number[] = [];
  for await (const piece of stream) {
    pieces.push(piece);
    at.push(performance.now());
  }
  return { pieces, at };
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
const reasonOf = async (promise: Promise<unknown>) => aiFailureReason(await failure(promise));

describe("streaming and generating", () => {
  it("streams the deltas in order, then reports the tokens", async () => {
    const ai = provider();
    const whole = await ai.generate(QUESTION);
    const started = performance.now();
    const { textStream, usage } = ai.stream(QUESTION);
    const { pieces, at } = await read(textStream);

    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join("")).toBe(whole.text);
    expect(whole.text.split("\n")[0]).toBe("1) Olá! Residencial Aurora — 2 quartos, 58 m²: a partir de R$ 450.000 (tabela de preços). Posso te enviar mais detalhes? [F2]");
    expect(whole.text).not.toMatch(/\[F1\]|\[F3\]/);
    // The first words arrive before the answer is complete.
    expect(at[0]! - started).toBeLessThan(at.at(-1)! - started);
    const spent = await usage;
    expect(spent).toEqual(whole.usage);
    expect(spent.inputTokens).toBeGreaterThan(50);
    expect(spent.outputTokens).toBe(Math.ceil(whole.text.length / 4));
  });

  it("sends the system message and the prompt as they are, with the key, to the configured model", async () => {
    await provider().generate(QUESTION);
    const { requests } = (await (await fetch(`${standIn.url}/__control/requests`)).json()) as { requests: { body: { model: string; messages: unknown } }[] };
    expect(requests.at(-1)?.body).toMatchObject({
      model: STAND_IN_MODEL,
      messages: [
        { role: "system", content: QUESTION.system },
        { role: "user", content: QUESTION.prompt },
      ],
    });
    expect(aiFailureReason(await failure(provider({}, { apiKey: "sk-errada" }).generate(QUESTION)))).toBe("rejected");
  });

  it("passes the caller's own abort through, not as a provider failure", async () => {
    await fetch(`${standIn.url}/__control/delays`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ wordDelayMs: 20 }) });
    const controller = new AbortController();
    const { textStream } = provider().stream({ ...QUESTION, signal: controller.signal });
    const error = await failure(
      (async () => {
        for await (const _piece of textStream) controller.abort();
      })(),
    );
    expect(error).toBeDefined();
    expect(aiFailureReason(error)).toBeNull();
  });
});

describe("transcription", () => {
  it("returns the words a spoken WAV carries, sending the file under its type's extension", async () => {
    const text = "Oi! Queria saber se dá pra visitar o decorado no sábado de manhã.";
    expect(await provider().transcribe({ audio: spokenWav(text), mimeType: "audio/wav" })).toEqual({ text });
    const ogg = new Uint8Array([...Buffer.from("OggS"), ...Array.from({ length: 80 }, (_, i) => (i * 7) % 256)]);
    expect(HEARD_PHRASES).toContain((await provider().transcribe({ audio: ogg, mimeType: "audio/ogg; codecs=opus" })).text);
    const { requests } = (await (await fetch(`${standIn.url}/__control/requests`)).json()) as { requests: { body: { file: { name: string; type: string } } }[] };
    expect(requests.map((r) => r.body.file)).toEqual([
      expect.objectContaining({ name: "audio.wav", type: "audio/wav" }),
      expect.objectContaining({ name: "audio.ogg", type: "audio/ogg; codecs=opus" }),
    ]);
  });

  it("says transcription is off when no transcription model is configured", async () => {
    const error = await failure(provider({}, { transcriptionModel: null }).transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }));
    expect(error).toMatchObject({ key: "assistant.transcriptionOff" });
  });
});

describe("time limits", () => {
  it("gives up on a stream with no text in time: timeout, for the text and the usage", async () => {
    await fail({ mode: "slow", delayMs: 5_000 });
    const started = Date.now();
    const { textStream, usage } = provider({ firstTokenMs: 300, maxRetries: 0 }).stream(QUESTION);
    expect(aiFailureReason(await failure(read(textStream)))).toBe("timeout");
    expect(aiFailureReason(await failure(usage))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a stream that stops in the middle: timeout", async () => {
    await fetch(`${standIn.url}/__control/delays`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ wordDelayMs: 1_000 }) });
    const { textStream } = provider({ chunkMs: 200, maxRetries: 0 }).stream(QUESTION);
    const pieces: string[] = [];
    const error = await failure(
      (async () => {
        for await (const piece of textStream) pieces.push(piece);
      })(),
    );
    expect(aiFailureReason(error)).toBe("timeout");
    expect(pieces.length).toBeGreaterThan(0);
  });

  it("gives up on a slow generate and a slow transcription: timeout", async () => {
    await fail({ mode: "slow", delayMs: 5_000 });
    expect(await reasonOf(provider({ totalMs: 300, maxRetries: 0 }).generate(QUESTION))).toBe("timeout");
    expect(await reasonOf(provider({ transcriptionMs: 300, maxRetries: 0 }).transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }))).toBe("timeout");
  });

  // A loaded process collects garbage while the call waits; an AbortSignal.timeout held only by
  // AbortSignal.any is collected then and never fires (nodejs/node#57736): this failed under load.
  it("gives up on a slow transcription even when garbage is collected while it waits", async () => {
    setFlagsFromString("--expose-gc");
    const collectGarbage = runInNewContext("gc") as () => void;
    await fail({ mode: "slow", delayMs: 5_000 });
    const started = Date.now();
    const transcribing = reasonOf(provider({ transcriptionMs: 300, maxRetries: 0 }).transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    collectGarbage();
    expect(await transcribing).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("provider errors", () => {
  it("retries a 500 and reports unavailable once the retries are spent", async () => {
    await fail({ mode: "down", retryAfterMs: 5 });
    expect(await reasonOf(provider({ maxRetries: 2 }).generate(QUESTION))).toBe("unavailable");
    expect(await calls("/v1/chat/completions")).toBe(3);
    const { textStream, usage } = provider({ maxRetries: 2 }).stream(QUESTION);
    expect(aiFailureReason(await failure(read(textStream)))).toBe("unavailable");
    expect(aiFailureReason(await failure(usage))).toBe("unavailable");
    expect(await reasonOf(provider({ maxRetries: 1 }).transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }))).toBe("unavailable");
    expect(await calls("/v1/audio/transcriptions")).toBe(2);
  });

  it("gets through when a retry succeeds", async () => {
    await fail({ mode: "down", count: 1, retryAfterMs: 5 });
    expect((await read(provider({ maxRetries: 2 }).stream(QUESTION).textStream)).pieces.join("")).toMatch(/^1\) Olá!/);
    expect(await calls("/v1/chat/completions")).toBe(2);
  });

  it("reports 429 insufficient_quota as overQuota", async () => {
    await fail({ mode: "overQuota", retryAfterMs: 5 });
    expect(await reasonOf(provider({ maxRetries: 1 }).generate(QUESTION))).toBe("overQuota");
    expect(aiFailureReason(await failure(read(provider({ maxRetries: 0 }).stream(QUESTION).textStream)))).toBe("overQuota");
    expect(await reasonOf(provider({ maxRetries: 0 }).transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }))).toBe("overQuota");
  });

  it("reports 401 as rejected, without retrying", async () => {
    await fail({ mode: "reject" });
    expect(await reasonOf(provider({ maxRetries: 2 }).generate(QUESTION))).toBe("rejected");
    expect(await calls("/v1/chat/completions")).toBe(1);
    expect(aiFailureReason(await failure(read(provider().stream(QUESTION).textStream)))).toBe("rejected");
    expect(await reasonOf(provider().transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }))).toBe("rejected");
  });

  it("reports an endpoint nobody answers as unavailable", async () => {
    const gone = await startAiStandIn({ port: 0, log: () => undefined });
    await gone.close();
    const ai = provider({ maxRetries: 0 }, { baseUrl: gone.baseUrl });
    expect(await reasonOf(ai.generate(QUESTION))).toBe("unavailable");
    expect(await reasonOf(ai.transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }))).toBe("unavailable");
  });
});

describe("the stand-in and the two modes", () => {
  const env = (extra: Record<string, string>) => ({ AI_BASE_URL: standIn.baseUrl, AI_MODEL: STAND_IN_MODEL, AI_API_KEY: KEY, ...extra });

  it("names the header the stand-in sends", () => {
    expect(STAND_IN_HEADER).toBe(STAND_IN_SENDS);
  });

  it("has no provider without AI_BASE_URL or AI_MODEL", () => {
    expect(aiProviderFromEnv({})).toBeNull();
    expect(aiProviderFromEnv({ AI_BASE_URL: "", AI_MODEL: "m" })).toBeNull();
    expect(aiProviderFromEnv({ AI_BASE_URL: standIn.baseUrl })).toBeNull();
  });

  it("knows it is the stand-in when the launcher says so, outside production or in the local demo", async () => {
    const flagged = aiProviderFromEnv(env({ NODE_ENV: "development", COMUNICADOR_AI_STAND_IN: "1" }));
    expect(flagged).toMatchObject({ model: STAND_IN_MODEL, standIn: true });
    expect((await flagged!.generate(QUESTION)).text).toMatch(/^1\) /);
    expect(aiProviderFromEnv(env({ NODE_ENV: "production", COMUNICADOR_LOCAL_DEMO: "1", COMUNICADOR_AI_STAND_IN: "1" }))?.standIn).toBe(true);
    expect(aiProviderFromEnv(env({ NODE_ENV: "development" }))?.standIn).toBe(false);
  });

  it("in production, never trusts the flag nor any answer from the stand-in", async () => {
    const production = env({ NODE_ENV: "production", COMUNICADOR_AI_STAND_IN: "1" });
    expect(aiConfigFromEnv(production)).toMatchObject({ standIn: false, trustStandIn: false });
    const ai = aiProviderFromEnv({ ...production, AI_TRANSCRIPTION_MODEL: STAND_IN_MODEL }, { maxRetries: 2 })!;
    expect(ai.standIn).toBe(false);
    expect(await reasonOf(ai.generate(QUESTION))).toBe("rejected");
    expect(await calls("/v1/chat/completions")).toBe(1);
    expect(aiFailureReason(await failure(read(ai.stream(QUESTION).textStream)))).toBe("rejected");
    expect(await reasonOf(ai.transcribe({ audio: spokenWav("oi"), mimeType: "audio/wav" }))).toBe("rejected");
  });
});
