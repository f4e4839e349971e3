import { describe, expect, it } from "vitest";
import { seedChannel } from "@/prisma/seed/channels";
import { seedUser } from "@/prisma/seed/users";
import { AppError } from "@/server/errors";
import { ProviderFailure, ScriptedAiProvider } from "@/test/assistant/scripted-ai-provider";
import { testDb } from "@/test/db";
import { createAssistantGateway } from "./assistant-gateway";
import { MASKS } from "./mask-contact-data";

const SYSTEM = "Fatos: Residencial Jardins, Av. das Palmeiras, 1200. 2 quartos, 62 m², R$ 489.000. Corretora Ana: (11) 3456-7890.";
const PROMPT = "Lead (maria.souza@gmail.com, +55 11 98765-4321, CPF 529.982.247-25): qual o valor do 2 quartos?";
const MASKED_SYSTEM = `Fatos: Residencial Jardins, Av. das Palmeiras, 1200. 2 quartos, 62 m², R$ 489.000. Corretora Ana: ${MASKS.phone}.`;
const MASKED_PROMPT = `Lead (${MASKS.email}, ${MASKS.phone}, CPF ${MASKS.cpf}): qual o valor do 2 quartos?`;

async function scene(switches: { assistantEnabled?: boolean; assistantSharesContactData?: boolean } = { assistantEnabled: true }) {
  const channel = await seedChannel(testDb());
  await testDb().channel.update({ where: { id: channel.id }, data: switches });
  const broker = await seedUser(testDb());
  const provider = new ScriptedAiProvider();
  const gateway = createAssistantGateway({ db: testDb(), getAiProvider: () => provider });
  const call = { channelId: channel.id, feature: "SUGGESTION" as const, actorId: broker.id, system: SYSTEM, prompt: PROMPT };
  const calls = () => testDb().assistantCall.findMany({ where: { channelId: channel.id }, orderBy: { createdAt: "asc" } });
  return { channel, broker, provider, gateway, call, calls };
}

async function readAll(stream: AsyncIterable<string>) {
  let text = "";
  for await (const delta of stream) text += delta;
  return text;
}

describe("the assistant gateway refuses", () => {
  it("when the channel's switch is off (the default), calling nothing and recording nothing", async () => {
    const { gateway, provider, call, calls } = await scene({});
    await expect(gateway.generate(call)).rejects.toMatchObject({ code: "PRECONDITION_FAILED", key: "assistant.disabledForChannel" });
    await expect(gateway.streamDraft(call)).rejects.toMatchObject({ key: "assistant.disabledForChannel" });
    await expect(gateway.transcribe({ channelId: call.channelId, actorId: null, audio: new Uint8Array(10), mimeType: "audio/ogg" })).rejects.toMatchObject({
      key: "assistant.disabledForChannel",
    });
    expect(provider.received).toEqual([]);
    expect(await calls()).toEqual([]);
  });

  it("when no provider is configured, saying so", async () => {
    const { call, calls } = await scene();
    const gateway = createAssistantGateway({ db: testDb(), getAiProvider: () => null });
    await expect(gateway.generate(call)).rejects.toMatchObject({ code: "PRECONDITION_FAILED", key: "assistant.notConfigured" });
    expect(await gateway.availability(call.channelId)).toEqual({ enabled: true, sharesContactData: false, provider: null });
    expect(await calls()).toEqual([]);
  });

  it("for a channel that does not exist", async () => {
    const { gateway, call } = await scene();
    await expect(gateway.generate({ ...call, channelId: "nao-existe" })).rejects.toMatchObject({ code: "NOT_FOUND", key: "channels.notFound" });
  });
});

describe("what the gateway sends", () => {
  it("masks phones, e-mails and CPF in the system and the prompt, and records exactly that", async () => {
    const { gateway, provider, call, calls, broker } = await scene();
    const result = await gateway.generate({ ...call, feature: "SUMMARY" });
    expect(result.text).toBe("O 2 quartos sai por R$ 489.000.");
    expect(provider.received).toMatchObject([{ system: MASKED_SYSTEM, prompt: MASKED_PROMPT }]);
    const [recorded] = await calls();
    expect(recorded).toMatchObject({
      feature: "SUMMARY",
      model: "modelo-de-teste",
      system: MASKED_SYSTEM,
      prompt: MASKED_PROMPT,
      sharedContactData: false,
      outcome: "OK",
      errorReason: null,
      actorId: broker.id,
      inputTokens: result.usage.inputTokens,
      outputTokens: 7,
    });
    expect(recorded!.inputTokens).toBeGreaterThan(20);
    expect(recorded!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("sends contact data as written when the channel allows it, and records that it did", async () => {
    const { gateway, provider, call, calls } = await scene({ assistantEnabled: true, assistantSharesContactData: true });
    await gateway.generate(call);
    expect(provider.received).toMatchObject([{ system: SYSTEM, prompt: PROMPT }]);
    expect(await calls()).toMatchObject([{ system: SYSTEM, prompt: PROMPT, sharedContactData: true }]);
  });

  it("tells features whether they may call and which model answers", async () => {
    const { gateway, call } = await scene({ assistantEnabled: true, assistantSharesContactData: true });
    expect(await gateway.availability(call.channelId)).toEqual({ enabled: true, sharesContactData: true, provider: { model: "modelo-de-teste", standIn: false } });
  });
});

describe("recording failures", () => {
  it("records a provider failure with its reason and the masked text, and throws the pt-BR error", async () => {
    const { gateway, provider, call, calls } = await scene();
    provider.failWith(new ProviderFailure("overQuota"));
    const error = await gateway.generate(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS", key: "assistant.overQuota" });
    expect(await calls()).toMatchObject([{ outcome: "ERROR", errorReason: "overQuota", system: MASKED_SYSTEM, prompt: MASKED_PROMPT, inputTokens: 0, outputTokens: 0 }]);
  });

  it("passes a provider's own AppError through and records its reason", async () => {
    const { gateway, provider, call, calls } = await scene();
    provider.failWith(new AppError("PRECONDITION_FAILED", "assistant.timeout"));
    await expect(gateway.generate(call)).rejects.toMatchObject({ key: "assistant.timeout" });
    expect(await calls()).toMatchObject([{ outcome: "ERROR", errorReason: "timeout" }]);
  });

  it("records an unexpected error as unknown and lets it through untranslated", async () => {
    const { gateway, provider, call, calls } = await scene();
    provider.failWith(new Error("socket hang up"));
    await expect(gateway.generate(call)).rejects.toThrow("socket hang up");
    expect(await calls()).toMatchObject([{ outcome: "ERROR", errorReason: "unknown" }]);
  });
});

describe("streamed drafts", () => {
  it("are recorded once the stream ends, with the tokens the provider reported", async () => {
    const { gateway, call, calls } = await scene();
    const stream = await gateway.streamDraft(call);
    const iterator = stream.textStream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: "O " });
    expect(await calls()).toEqual([]);
    let rest = "";
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) rest += step.value;
    expect(`O ${rest}`).toBe("O 2 quartos sai por R$ 489.000.");
    const usage = await stream.usage;
    expect(await calls()).toMatchObject([{ feature: "SUGGESTION", outcome: "OK", outputTokens: 7, inputTokens: usage.inputTokens, prompt: MASKED_PROMPT }]);
  });

  it("record a stream that fails half-way, and the reader gets the pt-BR error", async () => {
    const { gateway, provider, call, calls } = await scene();
    provider.failAfterDeltas(2, new ProviderFailure("unavailable"));
    const stream = await gateway.streamDraft(call);
    await expect(readAll(stream.textStream)).rejects.toMatchObject({ key: "assistant.unavailable" });
    await expect(stream.usage).rejects.toMatchObject({ key: "assistant.unavailable" });
    expect(await calls()).toMatchObject([{ outcome: "ERROR", errorReason: "unavailable" }]);
  });

  it("record a stream the reader abandons as aborted", async () => {
    const { gateway, call, calls } = await scene();
    const stream = await gateway.streamDraft(call);
    for await (const delta of stream.textStream) {
      expect(delta).toBe("O ");
      break;
    }
    expect(await calls()).toMatchObject([{ outcome: "ERROR", errorReason: "aborted" }]);
  });

  it("record a stream the provider refuses to open", async () => {
    const { gateway, provider, call, calls } = await scene();
    provider.failWith(new ProviderFailure("rejected"));
    await expect(gateway.streamDraft(call)).rejects.toMatchObject({ key: "assistant.rejected" });
    expect(await calls()).toMatchObject([{ outcome: "ERROR", errorReason: "rejected" }]);
  });
});

describe("transcriptions", () => {
  it("send the audio as recorded and record its size, type and the transcription model", async () => {
    const { gateway, provider, channel, calls } = await scene();
    const result = await gateway.transcribe({ channelId: channel.id, actorId: null, audio: new Uint8Array(2048), mimeType: "audio/ogg" });
    expect(result.text).toBe("Queria saber o valor do dois quartos.");
    expect(provider.audios).toEqual([{ bytes: 2048, mimeType: "audio/ogg" }]);
    expect(await calls()).toMatchObject([
      { feature: "TRANSCRIPTION", model: "transcricao-de-teste", audioBytes: 2048, audioMimeType: "audio/ogg", system: "", prompt: "", outcome: "OK", actorId: null },
    ]);
  });

  it("record a failed transcription", async () => {
    const { gateway, provider, channel, calls } = await scene();
    provider.failWith(new ProviderFailure("timeout"));
    await expect(gateway.transcribe({ channelId: channel.id, actorId: null, audio: new Uint8Array(5), mimeType: "audio/mpeg" })).rejects.toMatchObject({
      key: "assistant.timeout",
    });
    expect(await calls()).toMatchObject([{ feature: "TRANSCRIPTION", outcome: "ERROR", errorReason: "timeout" }]);
  });
});
