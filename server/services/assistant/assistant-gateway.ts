import "server-only";
import type { AiProvider, AiTextStream, AiUsage } from "@/server/ai/ai-provider";
import type { AssistantFeature } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { configuredAiProvider } from "./configured-ai-provider";
import { maskContactData } from "./mask-contact-data";
import { asAssistantError, failureReason } from "./provider-failure";
import { recordAssistantCall, type CallResult, type SentCall } from "./record-assistant-call";

// The one door features use to reach the AI provider. For each call it checks the channel's switch,
// masks contact data unless the channel allows it, and records what was sent, the tokens spent and
// how it ended (assistantCall rows: the admin's usage table and "what was sent" list).

export type AssistantTextFeature = Exclude<AssistantFeature, "TRANSCRIPTION">;

export type AssistantTextCall = {
  channelId: string;
  feature: AssistantTextFeature;
  /** The broker who asked, or null for background work (a summary on transfer, a job). */
  actorId: string | null;
  system: string;
  prompt: string;
  signal?: AbortSignal;
};

export type AssistantAudioCall = {
  channelId: string;
  actorId: string | null;
  audio: Uint8Array;
  mimeType: string;
  signal?: AbortSignal;
};

export type AssistantAvailability = {
  /** The channel's switch. */
  enabled: boolean;
  sharesContactData: boolean;
  /** null: no provider configured (features fall back to retrieval alone). */
  provider: { model: string; standIn: boolean } | null;
};

export type AssistantGatewayDeps = {
  db: Db;
  /** Resolved at each call, so that configuration read lazily (and tests) decide. */
  getAiProvider?: () => AiProvider | null;
};

// A provider may name its speech-to-text model; the contract only promises the chat one.
type MaybeTranscribing = AiProvider & { readonly transcriptionModel?: string };

export function createAssistantGateway({ db, getAiProvider = configuredAiProvider }: AssistantGatewayDeps) {
  async function channelSwitches(channelId: string) {
    const channel = await db.channel.findUnique({
      where: { id: channelId },
      select: { assistantEnabled: true, assistantSharesContactData: true },
    });
    if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
    return channel;
  }

  /** Refuses unless the channel's switch is on and a provider is configured. */
  async function open(channelId: string) {
    const channel = await channelSwitches(channelId);
    if (!channel.assistantEnabled) throw new AppError("PRECONDITION_FAILED", "assistant.disabledForChannel");
    const provider = getAiProvider();
    if (!provider) throw new AppError("PRECONDITION_FAILED", "assistant.notConfigured");
    return { provider: provider as MaybeTranscribing, sharesContactData: channel.assistantSharesContactData };
  }

  async function prepareText(call: AssistantTextCall) {
    const { provider, sharesContactData } = await open(call.channelId);
    const mask = sharesContactData ? (text: string) => text : maskContactData;
    const sent: SentCall = {
      channelId: call.channelId,
      feature: call.feature,
      actorId: call.actorId,
      model: provider.model,
      system: mask(call.system),
      prompt: mask(call.prompt),
      sharedContactData: sharesContactData,
      startedAt: performance.now(),
    };
    return { provider, sent };
  }

  const record = (sent: SentCall, result: CallResult) => recordAssistantCall(db, sent, result);

  return {
    async availability(channelId: string): Promise<AssistantAvailability> {
      const channel = await channelSwitches(channelId);
      const provider = getAiProvider();
      return {
        enabled: channel.assistantEnabled,
        sharesContactData: channel.assistantSharesContactData,
        provider: provider ? { model: provider.model, standIn: provider.standIn } : null,
      };
    },

    /**
     * Streams a draft. The call is recorded when the stream ends: read `textStream` to its end (or
     * break out of it, recorded as aborted). `usage` settles with the tokens once it has ended.
     */
    async streamDraft(call: AssistantTextCall): Promise<AiTextStream> {
      const { provider, sent } = await prepareText(call);
      let stream: AiTextStream;
      try {
        stream = provider.stream({ system: sent.system, prompt: sent.prompt, signal: call.signal });
      } catch (error) {
        await record(sent, { failure: failureReason(error) });
        throw asAssistantError(error);
      }
      return relayRecorded(stream, (result) => record(sent, result));
    },

    async generate(call: AssistantTextCall): Promise<{ text: string; usage: AiUsage }> {
      const { provider, sent } = await prepareText(call);
      let result: { text: string; usage: AiUsage };
      try {
        result = await provider.generate({ system: sent.system, prompt: sent.prompt, signal: call.signal });
      } catch (error) {
        await record(sent, { failure: failureReason(error) });
        throw asAssistantError(error);
      }
      await record(sent, { usage: result.usage });
      return result;
    },

    /** Audio cannot be masked: it is sent as recorded; its size and type are what gets recorded. */
    async transcribe(call: AssistantAudioCall): Promise<{ text: string }> {
      const { provider, sharesContactData } = await open(call.channelId);
      const sent: SentCall = {
        channelId: call.channelId,
        feature: "TRANSCRIPTION",
        actorId: call.actorId,
        model: provider.transcriptionModel ?? provider.model,
        system: "",
        prompt: "",
        audio: { bytes: call.audio.byteLength, mimeType: call.mimeType },
        sharedContactData: sharesContactData,
        startedAt: performance.now(),
      };
      let result: { text: string };
      try {
        result = await provider.transcribe({ audio: call.audio, mimeType: call.mimeType, signal: call.signal });
      } catch (error) {
        await record(sent, { failure: failureReason(error) });
        throw asAssistantError(error);
      }
      await record(sent, { usage: { inputTokens: 0, outputTokens: 0 } });
      return result;
    },
  };
}

export type AssistantGateway = ReturnType<typeof createAssistantGateway>;

// Passes the provider's deltas through and records the call once, however the stream ends.
function relayRecorded(stream: AiTextStream, settle: (result: CallResult) => Promise<unknown>): AiTextStream {
  // Observed here; a caller that never awaits `usage` must not cause an unhandled rejection.
  const usage = stream.usage.catch((error: unknown) => {
    throw asAssistantError(error);
  });
  usage.catch(() => undefined);

  async function* textStream() {
    let settled = false;
    const finish = async (result: CallResult) => {
      settled = true;
      await settle(result);
    };
    try {
      for await (const delta of stream.textStream) yield delta;
      await finish({ usage: await stream.usage });
    } catch (error) {
      if (!settled) await finish({ failure: failureReason(error) });
      throw asAssistantError(error);
    } finally {
      // The caller stopped reading before the end (the broker closed the suggestions).
      if (!settled) await finish({ failure: "aborted" });
    }
  }

  return { textStream: textStream(), usage };
}
