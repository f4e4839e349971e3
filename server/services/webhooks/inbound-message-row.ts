import "server-only";
import { MediaStatus, MessageDirection, MessageStatus, MessageType, type Prisma } from "@/generated/prisma/client";
import { isMetaMediaId } from "@/server/meta/media-source";
import type { InboundMessage } from "@/server/meta/webhook-inbound-message";
import type { WebhookError } from "@/server/meta/webhook-payload";
import { isMetaId } from "./read-changes";
import { inboundMessageText } from "./inbound-message-text";

export type InboundRow = Omit<Prisma.MessageCreateManyInput, "conversationId">;

const TYPES: Record<InboundMessage["type"], MessageType> = {
  text: MessageType.TEXT,
  image: MessageType.IMAGE,
  document: MessageType.DOCUMENT,
  audio: MessageType.AUDIO,
  video: MessageType.VIDEO,
  sticker: MessageType.STICKER,
  location: MessageType.LOCATION,
  contacts: MessageType.CONTACTS,
  interactive: MessageType.INTERACTIVE,
  button: MessageType.BUTTON,
  reaction: MessageType.REACTION,
  order: MessageType.ORDER,
  system: MessageType.SYSTEM,
  unsupported: MessageType.UNSUPPORTED,
};

// Meta's clock is trusted unless the value is unusable or far ahead of ours.
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export function metaTime(seconds: string, receivedAt: Date): Date {
  const at = new Date(Number(seconds) * 1000);
  const time = at.getTime();
  return Number.isFinite(time) && time > 0 && time <= receivedAt.getTime() + MAX_CLOCK_SKEW_MS ? at : receivedAt;
}

export function metaError(errors: WebhookError[] | undefined) {
  const error = errors?.[0];
  if (!error) return {};
  const code = Number.isInteger(error.code) && Math.abs(error.code) < 2 ** 31 ? error.code : null;
  return {
    errorCode: code,
    errorTitle: error.title?.slice(0, 500) ?? null,
    errorDetail: (error.error_data?.details ?? error.message)?.slice(0, 2000) ?? null,
  };
}

function mediaFile(message: InboundMessage): { id: string; mime_type?: string; sha256?: string; filename?: string } | null {
  switch (message.type) {
    case "image":
      return message.image;
    case "video":
      return message.video;
    case "audio":
      return message.audio;
    case "sticker":
      return message.sticker;
    case "document":
      return message.document;
    default:
      return null;
  }
}

// Meta's media id, kept until the media/download job fetches the file (ids expire in 7 days). An
// id that is not Meta's (it would become a Graph path) keeps the message, its media unavailable.
function media(message: InboundMessage) {
  const file = mediaFile(message);
  if (!file) return {};
  const downloadable = isMetaMediaId(file.id);
  return {
    metaMediaId: downloadable ? file.id : null,
    mediaMimeType: file.mime_type?.slice(0, 255) ?? null,
    mediaSha256: file.sha256?.slice(0, 255) ?? null,
    mediaFileName: file.filename?.slice(0, 255) ?? null,
    mediaStatus: downloadable ? MediaStatus.PENDING : MediaStatus.FAILED,
  };
}

// Message.content keeps what Meta sent minus the envelope fields stored in columns; a
// reaction removal (no emoji) is marked `removed: true` so readers need not infer it.
function content(message: InboundMessage): Prisma.InputJsonObject {
  const { id: _id, from: _from, from_user_id: _fromUserId, timestamp: _timestamp, type: _type, ...rest } = message;
  const removed = message.type === "reaction" && !message.reaction.emoji;
  return (removed ? { ...rest, removed: true } : rest) as Prisma.InputJsonObject;
}

export function inboundRow(message: InboundMessage, receivedAt: Date): InboundRow {
  const replyTo = message.context?.id;
  return {
    direction: MessageDirection.INBOUND,
    type: TYPES[message.type],
    body: inboundMessageText(message),
    content: content(message),
    wamid: message.id,
    status: MessageStatus.RECEIVED,
    metaTimestamp: metaTime(message.timestamp, receivedAt),
    replyToWamid: isMetaId(replyTo) ? replyTo : null,
    reactionToWamid: message.type === "reaction" && isMetaId(message.reaction.message_id) ? message.reaction.message_id : null,
    ...metaError(message.errors),
    ...media(message),
  };
}
