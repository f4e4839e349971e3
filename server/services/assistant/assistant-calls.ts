import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { CALL_TEXT_RETENTION_DAYS } from "./purge-call-texts";

export const RECENT_CALLS = 20;

/** The channel's latest provider calls, newest first; their texts are read one at a time (getAssistantCall). */
export function listAssistantCalls(db: Db, channelId: string) {
  return db.assistantCall.findMany({
    where: { channelId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_CALLS,
    select: {
      id: true,
      createdAt: true,
      feature: true,
      model: true,
      inputTokens: true,
      outputTokens: true,
      outcome: true,
      errorReason: true,
      durationMs: true,
      sharedContactData: true,
      audioBytes: true,
      audioMimeType: true,
      actor: { select: { name: true } },
    },
  });
}

/**
 * Exactly what one call sent to the provider (already masked when the channel masks); system and
 * prompt are null once the call is older than the retention (purgeCallTexts).
 */
export async function getAssistantCall(db: Db, channelId: string, callId: string) {
  const call = await db.assistantCall.findFirst({
    where: { id: callId, channelId },
    select: { id: true, system: true, prompt: true, audioBytes: true, audioMimeType: true, sharedContactData: true },
  });
  if (!call) throw new AppError("NOT_FOUND", "assistant.callNotFound");
  return { ...call, retentionDays: CALL_TEXT_RETENTION_DAYS };
}
