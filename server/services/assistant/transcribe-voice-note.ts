import "server-only";
import { MediaStatus, MessageDirection, TranscriptStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { Jobs } from "@/server/jobs/jobs";
import { getMedia } from "@/server/media/local-store";
import { conversationChannel, type Push } from "@/server/realtime/channels";
import { publish as publishPushes } from "@/server/realtime/publish";
import type { AssistantGateway } from "./assistant-gateway";
import { isAssistantOff } from "./assistant-refusal";

// Voice notes are transcribed after their download, when the channel's assistant is on and a
// provider is configured: the thread shows "Transcrevendo…", then the words under the player, and
// the inbox search and the summaries find them.

type Publish = (pushes: Push[]) => Promise<void>;
export type TranscriptionOutcome = "requested" | "transcribed" | "skipped";

const updated = (conversationId: string, messageId: string, status: string): Push => ({
  channel: conversationChannel(conversationId),
  event: { name: "message.updated", data: { conversationId, messageId, status } },
});

/** After a download: marks the voice note PENDING and asks for its transcription, when the channel allows. */
export async function requestVoiceTranscription(
  db: Db,
  messageId: string,
  deps: { jobs: Jobs; gateway: Pick<AssistantGateway, "availability">; publish?: Publish },
): Promise<TranscriptionOutcome> {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: { type: true, direction: true, status: true, mediaStatus: true, transcriptStatus: true, conversationId: true, conversation: { select: { channelId: true } } },
  });
  if (!message || message.type !== "AUDIO" || message.direction !== MessageDirection.INBOUND) return "skipped";
  if (message.mediaStatus !== MediaStatus.AVAILABLE) return "skipped";
  if (message.transcriptStatus === TranscriptStatus.DONE || message.transcriptStatus === TranscriptStatus.FAILED) return "skipped";
  // Already PENDING: an earlier attempt marked it but may not have reached the queue; asking again is one job.
  if (!message.transcriptStatus) {
    const assistant = await deps.gateway.availability(message.conversation.channelId);
    if (!assistant.enabled || !assistant.provider) return "skipped";
    await db.message.updateMany({ where: { id: messageId, transcriptStatus: null }, data: { transcriptStatus: TranscriptStatus.PENDING } });
    await (deps.publish ?? publishPushes)([updated(message.conversationId, messageId, message.status)]);
  }
  await deps.jobs.requestTranscription(messageId);
  return "requested";
}

/**
 * Sends the stored audio through the assistant gateway and keeps the text on the message. Provider
 * trouble is thrown for a retry; an assistant switched off meanwhile clears the pending state.
 */
export async function transcribeVoiceNote(
  db: Db,
  messageId: string,
  deps: { gateway: Pick<AssistantGateway, "transcribe">; publish?: Publish; readMedia?: (key: string) => Promise<Uint8Array> },
): Promise<TranscriptionOutcome> {
  const publish = deps.publish ?? publishPushes;
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: { status: true, mediaStorageKey: true, mediaMimeType: true, transcriptStatus: true, conversationId: true, conversation: { select: { channelId: true } } },
  });
  if (!message || message.transcriptStatus !== TranscriptStatus.PENDING || !message.mediaStorageKey) return "skipped";
  const audio = await (deps.readMedia ?? getMedia)(message.mediaStorageKey);
  let text: string;
  try {
    ({ text } = await deps.gateway.transcribe({
      channelId: message.conversation.channelId,
      actorId: null,
      audio: new Uint8Array(audio),
      mimeType: message.mediaMimeType ?? "audio/ogg",
    }));
  } catch (error) {
    if (!isAssistantOff(error)) throw error;
    await db.message.updateMany({ where: { id: messageId, transcriptStatus: TranscriptStatus.PENDING }, data: { transcriptStatus: null } });
    await publish([updated(message.conversationId, messageId, message.status)]);
    return "skipped";
  }
  await db.message.update({ where: { id: messageId }, data: { transcript: text.trim(), transcriptStatus: TranscriptStatus.DONE } });
  await publish([updated(message.conversationId, messageId, message.status)]);
  return "transcribed";
}

/** When the retries are spent: the thread says the transcription failed instead of waiting forever. */
export async function markTranscriptFailed(db: Db, messageId: string, publish: Publish = publishPushes): Promise<boolean> {
  const message = await db.message.findUnique({ where: { id: messageId }, select: { status: true, conversationId: true } });
  if (!message) return false;
  const marked = await db.message.updateMany({ where: { id: messageId, transcriptStatus: TranscriptStatus.PENDING }, data: { transcriptStatus: TranscriptStatus.FAILED } });
  if (marked.count === 0) return false;
  await publish([updated(message.conversationId, messageId, message.status)]);
  return true;
}
