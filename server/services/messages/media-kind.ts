import type { MessageType } from "@/generated/prisma/enums";
import type { MediaKind } from "@/server/meta/graph-message-payloads";
import { baseMimeType } from "@/server/meta/validate-outbound";

// How WhatsApp will carry a file: JPEG/PNG as images, WEBP as stickers, and anything else that is
// not video or audio as a document (Meta's rules then decide whether it is accepted).
export function mediaKindFor(mimeType: string): MediaKind {
  const mime = baseMimeType(mimeType);
  if (mime === "image/jpeg" || mime === "image/png") return "image";
  if (mime === "image/webp") return "sticker";
  if (mime.startsWith("video/")) return "video";
  if (mime.startsWith("audio/")) return "audio";
  return "document";
}

const MESSAGE_TYPES: Record<MediaKind, MessageType> = { image: "IMAGE", video: "VIDEO", audio: "AUDIO", document: "DOCUMENT", sticker: "STICKER" };

export function messageTypeFor(kind: MediaKind): MessageType {
  return MESSAGE_TYPES[kind];
}
