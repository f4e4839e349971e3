import "server-only";
import { MediaStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getMedia } from "@/server/media/local-store";
import { canSeeLoadedConversation } from "@/server/auth/conversation-visibility";

export type MessageMedia = { bytes: Buffer; mimeType: string; fileName: string };

/**
 * A message's file for someone who may see its conversation: an inbound file once media/download
 * stored it, an outbound attachment, or the development material it sent. Someone else's message
 * answers NOT_FOUND, like a message that does not exist.
 */
export async function readMessageMedia(db: Db, actor: Actor, messageId: string): Promise<MessageMedia> {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: { id: true, mediaStorageKey: true, mediaMimeType: true, mediaFileName: true, mediaStatus: true, mediaAssetId: true, conversation: { select: { assigneeId: true } } },
  });
  if (!message || !canSeeLoadedConversation(actor, message.conversation)) throw new AppError("NOT_FOUND", "media.messageMediaNotFound");
  const asset =
    !message.mediaStorageKey && message.mediaAssetId
      ? await db.mediaAsset.findUnique({ where: { id: message.mediaAssetId }, select: { storageKey: true, mimeType: true, fileName: true } })
      : null;
  const storageKey = message.mediaStorageKey ?? asset?.storageKey;
  if (!storageKey) {
    if (message.mediaStatus === MediaStatus.FAILED) throw new AppError("NOT_FOUND", "media.messageMediaFailed");
    if (message.mediaStatus === MediaStatus.PENDING) throw new AppError("CONFLICT", "media.messageMediaPending");
    throw new AppError("NOT_FOUND", "media.messageMediaNotFound");
  }
  let bytes: Buffer;
  try {
    bytes = await getMedia(storageKey);
  } catch {
    throw new AppError("NOT_FOUND", "media.messageMediaNotFound");
  }
  return {
    bytes,
    mimeType: message.mediaMimeType ?? asset?.mimeType ?? "application/octet-stream",
    fileName: message.mediaFileName ?? asset?.fileName ?? `arquivo-${message.id}`,
  };
}
