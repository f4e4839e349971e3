import "server-only";
import { MessageType } from "@/generated/prisma/client";

/** The longest last-message line a conversation keeps. */
export const PREVIEW_LENGTH = 120;

const ICONS: Partial<Record<MessageType, string>> = {
  [MessageType.IMAGE]: "📷",
  [MessageType.VIDEO]: "🎥",
  [MessageType.AUDIO]: "🎤",
  [MessageType.DOCUMENT]: "📄",
  [MessageType.LOCATION]: "📍",
  [MessageType.CONTACTS]: "👤",
};

/** The one line the inbox shows for a conversation's last message. */
export function messagePreview(message: { type: MessageType; body: string | null }): string {
  let text: string;
  if (message.type === MessageType.REACTION) text = message.body ? `Reagiu com ${message.body}` : "Reação removida";
  else {
    const icon = ICONS[message.type];
    text = [icon, message.body ?? ""].filter(Boolean).join(" ");
  }
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > PREVIEW_LENGTH ? `${line.slice(0, PREVIEW_LENGTH - 1)}…` : line;
}
