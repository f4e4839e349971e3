import type { Translate } from "./stored-texts";

const ICONS: Record<string, string> = { IMAGE: "📷", VIDEO: "🎥", AUDIO: "🎤", DOCUMENT: "📄", STICKER: "🏷️", LOCATION: "📍", CONTACTS: "👤", ORDER: "🛒" };

/**
 * A conversation's last message as one inbox line: "📷 Foto", "📄 planta.pdf", "Reagiu com 👍".
 * The server keeps only the type and the lead's or broker's own words; the kind is said here,
 * in the reader's language.
 */
export function lastMessageLineText(t: Translate, line: { lastMessageType: string | null; lastMessagePreview: string | null }): string | null {
  const { lastMessageType: type, lastMessagePreview: words } = line;
  if (type === "REACTION") return words ? t("inbox.preview.reacted", { emoji: words }) : t("inbox.preview.reactionRemoved");
  const icon = type ? ICONS[type] : undefined;
  const kind = type && t.has(`inbox.preview.kinds.${type}`) ? t(`inbox.preview.kinds.${type}`) : null;
  return [icon, words ?? kind].filter(Boolean).join(" ") || null;
}
