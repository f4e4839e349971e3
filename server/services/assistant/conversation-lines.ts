import "server-only";
import type { MessageDirection, MessageStatus, MessageType } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";

// The conversation as the assistant's prompts carry it: one line per message, "Lead: …" or
// "Corretor: …" (the convention the prompts and dev/ai-stand-in share), voice notes by their
// transcript. Media without words is named in brackets, so the model knows something was sent.

export type LineMessage = {
  direction: MessageDirection;
  type: MessageType;
  status: MessageStatus;
  body: string | null;
  transcript: string | null;
  mediaFileName: string | null;
};

// Words of the prompt (pt-BR, like its instructions), not of any screen.
const MEDIA_NAMES: Partial<Record<MessageType, string>> = {
  IMAGE: "imagem",
  VIDEO: "vídeo",
  AUDIO: "áudio",
  DOCUMENT: "documento",
  STICKER: "figurinha",
  LOCATION: "localização",
  CONTACTS: "contato",
};

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** What a message said, in one line; null for what carries nothing to read (reactions, failed sends). */
export function messageText(message: LineMessage): string | null {
  if (message.type === "REACTION" || message.status === "FAILED") return null;
  if (message.type === "AUDIO" && message.transcript?.trim()) return `(áudio) ${oneLine(message.transcript)}`;
  const body = message.body?.trim() ? oneLine(message.body) : null;
  const media = MEDIA_NAMES[message.type];
  if (!media) return body;
  const label = message.mediaFileName ? `[${media}: ${message.mediaFileName}]` : `[${media}]`;
  return body ? `${label} ${body}` : label;
}

export function conversationLines(messages: LineMessage[]): string[] {
  return messages.flatMap((message) => {
    const text = messageText(message);
    if (!text) return [];
    return [`${message.direction === "INBOUND" ? "Lead" : "Corretor"}: ${text}`];
  });
}

// Enough for what was asked, promised and left pending; older messages rarely change a summary.
export const PROMPT_MESSAGE_LIMIT = 60;

/** The conversation's latest messages, oldest first, as prompt lines. */
export async function loadConversationLines(db: Db, conversationId: string): Promise<string[]> {
  const rows = await db.message.findMany({
    where: { conversationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PROMPT_MESSAGE_LIMIT,
    select: { direction: true, type: true, status: true, body: true, transcript: true, mediaFileName: true },
  });
  return conversationLines(rows.reverse());
}
