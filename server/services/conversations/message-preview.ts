import "server-only";
import type { MessageType } from "@/generated/prisma/client";

/** The longest last-message line a conversation keeps. */
export const PREVIEW_LENGTH = 120;

export type LastMessageLine = { lastMessageType: MessageType; lastMessagePreview: string | null };

/**
 * What a conversation keeps of its last message for the inbox line: its kind and its own words
 * (text, caption, a document's file name, a reaction's emoji). The screen adds the translated
 * label ("📷 Foto", "Reagiu com…"), so no language is stored.
 */
export function lastMessageLine(message: { type: MessageType; body?: string | null; mediaFileName?: string | null }): LastMessageLine {
  const words = (message.body ?? (message.type === "DOCUMENT" ? message.mediaFileName : null) ?? "").replace(/\s+/g, " ").trim();
  const preview = words.length > PREVIEW_LENGTH ? `${words.slice(0, PREVIEW_LENGTH - 1)}…` : words;
  return { lastMessageType: message.type, lastMessagePreview: preview || null };
}
