import { describe, expect, it } from "vitest";
import { audioFileName, openAiTranscriptionModel } from "./openai-transcription-model";

describe("OpenAI-compatible transcription model", () => {
  it("names the file by its type, since OpenAI picks the decoder by the extension", () => {
    expect(audioFileName("audio/ogg; codecs=opus")).toBe("audio.ogg");
    expect(audioFileName("audio/mpeg")).toBe("audio.mp3");
    expect(audioFileName("audio/mp4")).toBe("audio.m4a");
    expect(audioFileName("audio/wav")).toBe("audio.wav");
    expect(audioFileName("audio/x-something")).toBe("audio.x-something");
    expect(audioFileName("")).toBe("audio.bin");
  });

  it("posts multipart file and model with the key, and reads the text", async () => {
    let sent: { url: string; headers: Headers; form: FormData } | undefined;
    const fetchStub: typeof fetch = async (input, init) => {
      sent = { url: String(input), headers: new Headers(init?.headers), form: init?.body as FormData };
      return Response.json({ text: "olá", language: "portuguese", duration: 1.5 });
    };
    const model = openAiTranscriptionModel({ baseUrl: "http://ai.local/v1/", apiKey: "sk-x", modelId: "whisper-1", fetch: fetchStub });
    const result = await model.doGenerate({ audio: new Uint8Array([1, 2, 3]), mediaType: "audio/wav", providerOptions: { comunicador: { mediaType: "audio/ogg" } } });
    expect(result).toMatchObject({ text: "olá", language: "portuguese", durationInSeconds: 1.5, segments: [] });
    expect(sent?.url).toBe("http://ai.local/v1/audio/transcriptions");
    expect(sent?.headers.get("authorization")).toBe("Bearer sk-x");
    expect(sent?.form.get("model")).toBe("whisper-1");
    const file = sent?.form.get("file") as File;
    expect([file.name, file.type, file.size]).toEqual(["audio.ogg", "audio/ogg", 3]);
  });

  it("turns an error answer into the SDK's APICallError, retryable for 5xx and 429 only", async () => {
    const answering = (status: number) =>
      openAiTranscriptionModel({ baseUrl: "http://ai.local/v1", modelId: "m", fetch: async () => Response.json({ error: { message: "nope", code: "x" } }, { status }) });
    const failure = (status: number) => answering(status).doGenerate({ audio: new Uint8Array([1]), mediaType: "audio/wav" }).then(() => undefined, (error: unknown) => error);
    expect(await failure(500)).toMatchObject({ name: "AI_APICallError", statusCode: 500, isRetryable: true, message: "nope" });
    expect(await failure(429)).toMatchObject({ statusCode: 429, isRetryable: true });
    expect(await failure(401)).toMatchObject({ statusCode: 401, isRetryable: false });
  });
});
