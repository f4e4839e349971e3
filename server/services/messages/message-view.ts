import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { failureView } from "@/server/i18n/failure-view";
import { messageDetails } from "./message-details";

export const MESSAGE_SELECT = {
  id: true,
  conversationId: true,
  clientRequestId: true,
  wamid: true,
  direction: true,
  type: true,
  body: true,
  content: true,
  status: true,
  errorCode: true,
  errorTitle: true,
  failureReason: true,
  failureParams: true,
  replyToWamid: true,
  reactionToWamid: true,
  mediaStatus: true,
  mediaMimeType: true,
  mediaFileName: true,
  mediaSizeBytes: true,
  transcript: true,
  transcriptStatus: true,
  createdAt: true,
  sentAt: true,
  deliveredAt: true,
  readAt: true,
  failedAt: true,
  sender: { select: { id: true, name: true } },
  template: { select: { id: true, name: true } },
} satisfies Prisma.MessageSelect;

export type MessageRow = Prisma.MessageGetPayload<{ select: typeof MESSAGE_SELECT }>;
export type QuotedMessage = { id: string; direction: MessageRow["direction"]; type: MessageRow["type"]; body: string | null; senderName: string | null };

// Resending cannot help with these: the broker needs a template, another number, or the manager.
const NOT_RETRYABLE = new Set([131047, 131026, 131048, 131050, 132000, 132001, 132012, 132015, 132016, 368]);

// The browser explains the failure in the reader's language (app/_i18n/stored-texts.ts).
function failure(row: MessageRow) {
  if (row.status !== "FAILED") return null;
  const code = row.errorCode;
  if (code === null || row.failureReason) return { failure: failureView(row), retryable: true, needsTemplate: false };
  return { failure: failureView(row), retryable: !NOT_RETRYABLE.has(code), needsTemplate: code === 131047 };
}

const MEDIA_TYPES = new Set(["IMAGE", "VIDEO", "AUDIO", "DOCUMENT", "STICKER"]);

// What the browser receives for one message: display-ready, ids only for the rest.
export function toMessageView(row: MessageRow, quoted: QuotedMessage | null = null) {
  // A template's media header is the message's file (the chosen development material).
  const isMedia = MEDIA_TYPES.has(row.type) || (row.type === "TEMPLATE" && !!row.mediaMimeType);
  return {
    id: row.id,
    conversationId: row.conversationId,
    clientRequestId: row.clientRequestId,
    wamid: row.wamid,
    direction: row.direction,
    type: row.type,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    deliveredAt: row.deliveredAt,
    readAt: row.readAt,
    sender: row.sender,
    template: row.template,
    details: messageDetails(row.type, row.content, row.body),
    error: failure(row),
    reactionToWamid: row.reactionToWamid,
    replyTo: quoted,
    media: isMedia
      ? {
          status: row.mediaStatus ?? (row.type === "TEMPLATE" ? "AVAILABLE" : "PENDING"),
          mimeType: row.mediaMimeType,
          fileName: row.mediaFileName,
          sizeBytes: row.mediaSizeBytes,
          url: `/api/media/message/${row.id}`,
        }
      : null,
    // A voice note's words, when the channel's assistant transcribed (or is transcribing) it.
    transcript: row.transcriptStatus ? { status: row.transcriptStatus, text: row.transcript } : null,
  };
}

export type MessageView = ReturnType<typeof toMessageView>;

/** Resolves the quoted messages of a page in one query. */
export async function withQuotes(db: Prisma.TransactionClient, conversationId: string, rows: MessageRow[]): Promise<MessageView[]> {
  const wamids = [...new Set(rows.map((r) => r.replyToWamid).filter((w): w is string => Boolean(w)))];
  const quoted = wamids.length
    ? await db.message.findMany({
        where: { conversationId, wamid: { in: wamids } },
        select: { id: true, wamid: true, direction: true, type: true, body: true, sender: { select: { name: true } } },
      })
    : [];
  const byWamid = new Map(quoted.map((q) => [q.wamid, { id: q.id, direction: q.direction, type: q.type, body: q.body, senderName: q.sender?.name ?? null }]));
  return rows.map((row) => toMessageView(row, (row.replyToWamid && byWamid.get(row.replyToWamid)) || null));
}
