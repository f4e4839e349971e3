import type { AiFailureReason, AiPrompt, AiProvider, AiTextStream, AiUsage } from "@/server/ai/ai-provider";

/** How an OpenAI-compatible provider reports a failure it understood (see AiFailureReason). */
export class ProviderFailure extends Error {
  constructor(readonly reason: AiFailureReason) {
    super(`provider failed: ${reason}`);
  }
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

type Script = {
  model?: string;
  transcriptionModel?: string;
  standIn?: boolean;
  /** The answer; its words are streamed one delta each. */
  reply?: string;
  transcript?: string;
};

/**
 * An in-process provider for tests: answers deterministically, keeps what it was sent, and counts
 * tokens as words (input: system + prompt; output: the reply). `failWith` makes the next call fail,
 * `failAfterDeltas` makes the next stream fail after that many deltas.
 */
export class ScriptedAiProvider implements AiProvider {
  readonly model: string;
  readonly transcriptionModel: string;
  readonly standIn: boolean;
  readonly received: AiPrompt[] = [];
  readonly audios: { bytes: number; mimeType: string }[] = [];
  private readonly reply: string;
  private readonly transcript: string;
  private failure: unknown = null;
  private failAfter: number | null = null;

  constructor(script: Script = {}) {
    this.model = script.model ?? "modelo-de-teste";
    this.transcriptionModel = script.transcriptionModel ?? "transcricao-de-teste";
    this.standIn = script.standIn ?? false;
    this.reply = script.reply ?? "O 2 quartos sai por R$ 489.000.";
    this.transcript = script.transcript ?? "Queria saber o valor do dois quartos.";
  }

  failWith(error: unknown) {
    this.failure = error;
    return this;
  }

  failAfterDeltas(count: number, error: unknown) {
    this.failAfter = count;
    this.failure = error;
    return this;
  }

  private usageFor(input: AiPrompt): AiUsage {
    return { inputTokens: words(input.system) + words(input.prompt), outputTokens: words(this.reply) };
  }

  private takeFailure(): unknown {
    const failure = this.failure;
    this.failure = null;
    return failure;
  }

  stream(input: AiPrompt): AiTextStream {
    this.received.push(input);
    const failAfter = this.failAfter;
    this.failAfter = null;
    const failure = this.takeFailure();
    if (failure && failAfter === null) throw failure;
    const deltas = this.reply.split(/(?<=\s)/);
    let ended!: (usage: AiUsage) => void;
    let failed!: (error: unknown) => void;
    const usage = new Promise<AiUsage>((resolve, reject) => {
      ended = resolve;
      failed = reject;
    });
    const total = this.usageFor(input);
    async function* textStream() {
      for (const [index, delta] of deltas.entries()) {
        if (failure && index === failAfter) {
          failed(failure);
          throw failure;
        }
        yield delta;
      }
      ended(total);
    }
    return { textStream: textStream(), usage };
  }

  async generate(input: AiPrompt) {
    this.received.push(input);
    const failure = this.takeFailure();
    if (failure) throw failure;
    return { text: this.reply, usage: this.usageFor(input) };
  }

  async transcribe(input: { audio: Uint8Array; mimeType: string }) {
    this.audios.push({ bytes: input.audio.byteLength, mimeType: input.mimeType });
    const failure = this.takeFailure();
    if (failure) throw failure;
    return { text: this.transcript };
  }
}
