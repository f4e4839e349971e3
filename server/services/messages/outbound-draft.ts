import "server-only";
import { randomUUID } from "node:crypto";
import type { MessageType, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { safeFileName } from "@/server/media/file-name";
import { putMedia } from "@/server/media/local-store";
import { validateMedia, validateText } from "@/server/meta/validate-outbound";
import { conversationMaterialsWhere } from "./conversation-materials";
import { mediaKindFor, messageTypeFor } from "./media-kind";

export type OutboundContent =
  | { kind: "text"; body: string }
  | { kind: "material"; mediaAssetId: string; caption?: string }
  | { kind: "file"; fileName: string; mimeType: string; bytes: Uint8Array; caption?: string };

export type OutboundDraft = { data: Omit<Prisma.MessageUncheckedCreateInput, "conversationId" | "status" | "direction"> & { type: MessageType } };

function refuse(invalid: { key: string; params: Record<string, string | number> }): never {
  throw new AppError("BAD_REQUEST", invalid.key, invalid.params);
}

function mediaDraft(input: { kind: ReturnType<typeof mediaKindFor>; caption?: string; fileName: string; mimeType: string; size: number }) {
  const check = validateMedia({ kind: input.kind, mimeType: input.mimeType, size: input.size });
  if (!check.ok) refuse(check);
  const caption = input.caption?.trim() || null;
  if (caption) {
    const text = validateText(caption);
    if (!text.ok) refuse(text);
  }
  return {
    type: messageTypeFor(input.kind),
    // Same shape as an inbound message's content: Meta's object under its type.
    content: { [input.kind]: { caption, filename: input.fileName } },
    // message/send sends the body as the caption: no caption, no body.
    body: caption,
    mediaMimeType: input.mimeType,
    mediaFileName: input.fileName,
    mediaSizeBytes: input.size,
    mediaStatus: "AVAILABLE" as const,
  };
}

type DraftConversation = { id: string; leadId: string; channelId: string };

// Validates against Meta's limits and, for an uploaded file, stores it before the transaction.
export async function prepareDraft(db: Db, conversation: DraftConversation, content: OutboundContent): Promise<OutboundDraft> {
  if (content.kind === "text") {
    const check = validateText(content.body);
    if (!check.ok) refuse(check);
    return { data: { type: "TEXT", body: content.body } };
  }
  if (content.kind === "material") {
    const asset = await db.mediaAsset.findUnique({ where: { id: content.mediaAssetId } });
    if (!asset) throw new AppError("NOT_FOUND", "inbox.materialNotFound");
    const linked = await db.mediaAsset.count({ where: { AND: [{ id: asset.id }, conversationMaterialsWhere(conversation)] } });
    if (linked === 0) throw new AppError("FORBIDDEN", "inbox.materialNotLinked");
    const data = mediaDraft({ kind: mediaKindFor(asset.mimeType), caption: content.caption, fileName: asset.fileName, mimeType: asset.mimeType, size: asset.sizeBytes });
    return { data: { ...data, mediaAssetId: asset.id, mediaStorageKey: asset.storageKey } };
  }
  // The lead receives the name as the broker gave it; the storage key carries no user text.
  const fileName = safeFileName(content.fileName);
  const data = mediaDraft({ kind: mediaKindFor(content.mimeType), caption: content.caption, fileName, mimeType: content.mimeType, size: content.bytes.byteLength });
  const storageKey = `outbound/${conversation.id}/${randomUUID()}`;
  await putMedia(storageKey, content.bytes);
  return { data: { ...data, mediaStorageKey: storageKey } };
}
