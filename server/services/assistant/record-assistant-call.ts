import "server-only";
import type { AiUsage } from "@/server/ai/ai-provider";
import type { AssistantFeature } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { CallFailure } from "./provider-failure";

/** A provider call as it was sent; `startedAt` is performance.now() when it left. */
export type SentCall = {
  channelId: string;
  feature: AssistantFeature;
  actorId: string | null;
  model: string;
  system: string;
  prompt: string;
  audio?: { bytes: number; mimeType: string };
  sharedContactData: boolean;
  startedAt: number;
};

export type CallResult = { usage: AiUsage } | { failure: CallFailure };

// Endpoints that do not report usage send nothing or nonsense; the table holds whole tokens.
const tokens = (value: number | undefined) => (value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value) : 0);

export function recordAssistantCall(db: Db, call: SentCall, result: CallResult) {
  const usage = "usage" in result ? result.usage : undefined;
  return db.assistantCall.create({
    data: {
      channelId: call.channelId,
      feature: call.feature,
      actorId: call.actorId,
      model: call.model,
      system: call.system,
      prompt: call.prompt,
      audioBytes: call.audio?.bytes ?? null,
      audioMimeType: call.audio?.mimeType ?? null,
      sharedContactData: call.sharedContactData,
      inputTokens: tokens(usage?.inputTokens),
      outputTokens: tokens(usage?.outputTokens),
      outcome: usage ? "OK" : "ERROR",
      errorReason: "failure" in result ? result.failure : null,
      durationMs: Math.max(0, Math.round(performance.now() - call.startedAt)),
    },
    select: { id: true },
  });
}
