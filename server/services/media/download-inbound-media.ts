import "server-only";
import { MediaStatus, MessageDirection } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { putMedia } from "@/server/media/local-store";
import type { GraphClient } from "@/server/meta/graph-client";
import { isMetaMediaId } from "@/server/meta/media-source";
import { MetaApiError, MetaNetworkError } from "@/server/meta/meta-errors";
import { publish as publishPushes } from "@/server/realtime/publish";
import { conversationChannel, type Push } from "@/server/realtime/channels";
import { graphForChannel } from "@/server/services/channels/channel-graph";

export type MediaDownloadResult = "stored" | "already-stored" | "missing" | "failed";

type Deps = { graph?: (channel: { accessTokenEnc: string }) => GraphClient | null; publish?: (pushes: Push[]) => Promise<void>; now?: Date };

// Meta keeps inbound media for 7 days; past that a download can only fail.
const MEDIA_LIFE_MS = 7 * 24 * 3_600_000;

export const inboundMediaKey = (conversationId: string, messageId: string) => `messages/${conversationId}/${messageId}`;

// The webhook's sha256 is base64 in Meta's payloads and hex in some tools: accept either.
function sameDigest(expected: string, hex: string): boolean {
  const wanted = expected.trim();
  return wanted.toLowerCase() === hex || wanted === Buffer.from(hex, "hex").toString("base64");
}

const select = {
  id: true,
  direction: true,
  status: true,
  metaMediaId: true,
  mediaStatus: true,
  mediaStorageKey: true,
  mediaSha256: true,
  mediaMimeType: true,
  metaTimestamp: true,
  createdAt: true,
  conversation: { select: { id: true, channel: { select: { accessTokenEnc: true } } } },
} as const;

/** Marks the media unavailable for good (the inbox then says so instead of a spinner). */
export async function markMediaFailed(db: Db, messageId: string, publish: (pushes: Push[]) => Promise<void> = publishPushes): Promise<boolean> {
  const message = await db.message.findUnique({ where: { id: messageId }, select: { status: true, conversationId: true } });
  if (!message) return false;
  const updated = await db.message.updateMany({ where: { id: messageId, mediaStatus: { not: MediaStatus.AVAILABLE } }, data: { mediaStatus: MediaStatus.FAILED } });
  if (updated.count === 0) return false;
  await publish([{ channel: conversationChannel(message.conversationId), event: { name: "message.updated", data: { conversationId: message.conversationId, messageId, status: message.status } } }]);
  return true;
}

/**
 * Downloads an inbound message's media from Meta (GET /{media-id} → short-lived URL → bytes, same
 * Bearer), checks its sha256 and keeps it in our media store. Meta errors a retry cannot fix (the
 * media is gone) mark it FAILED; network trouble and corrupted downloads are thrown for a retry.
 */
export async function downloadInboundMedia(db: Db, messageId: string, deps: Deps = {}): Promise<MediaDownloadResult> {
  const publish = deps.publish ?? publishPushes;
  const now = deps.now ?? new Date();
  const message = await db.message.findUnique({ where: { id: messageId }, select });
  if (!message || message.direction !== MessageDirection.INBOUND || !message.metaMediaId) return "missing";
  if (message.mediaStatus === MediaStatus.AVAILABLE && message.mediaStorageKey) return "already-stored";
  const receivedAt = message.metaTimestamp ?? message.createdAt;
  const client = (deps.graph ?? graphForChannel)(message.conversation.channel);
  // Stored before ids were checked on arrival, or not Meta's: never turned into a Graph path.
  if (now.getTime() - receivedAt.getTime() > MEDIA_LIFE_MS || !client || !isMetaMediaId(message.metaMediaId)) {
    await markMediaFailed(db, messageId, publish);
    return "failed";
  }

  let downloaded: Awaited<ReturnType<GraphClient["downloadMedia"]>>;
  try {
    downloaded = await client.downloadMedia(message.metaMediaId);
  } catch (error) {
    if (error instanceof MetaApiError && !error.retriable) {
      await markMediaFailed(db, messageId, publish);
      return "failed";
    }
    throw error;
  }
  if (message.mediaSha256 && !sameDigest(message.mediaSha256, downloaded.sha256)) {
    throw new MetaNetworkError(`Media ${message.metaMediaId} arrived corrupted (sha256 differs from the webhook's)`);
  }

  const key = inboundMediaKey(message.conversation.id, message.id);
  await putMedia(key, downloaded.bytes);
  await db.message.update({
    where: { id: message.id },
    data: {
      mediaStorageKey: key,
      mediaSizeBytes: downloaded.bytes.length,
      mediaMimeType: message.mediaMimeType ?? downloaded.mimeType,
      mediaSha256: message.mediaSha256 ?? downloaded.sha256,
      mediaStatus: MediaStatus.AVAILABLE,
    },
  });
  const conversationId = message.conversation.id;
  await publish([{ channel: conversationChannel(conversationId), event: { name: "message.updated", data: { conversationId, messageId, status: message.status } } }]);
  return "stored";
}
