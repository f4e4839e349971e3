import "server-only";
import type { InboundMessage } from "@/server/meta/webhook-inbound-message";

// The lead's own words in an inbound message (text, caption, a file or place name…), kept in
// Message.body for the thread, the lead's history and search; null when there are none. The kind
// ("Vídeo", "Localização") is never stored: the screens translate it from the type, and the exact
// content Meta sent stays in Message.content.
export function inboundMessageText(message: InboundMessage): string | null {
  switch (message.type) {
    case "text":
      return message.text.body;
    case "image":
      return message.image.caption || null;
    case "video":
      return message.video.caption || null;
    case "document":
      return message.document.caption || message.document.filename || null;
    case "audio":
    case "sticker":
    case "unsupported":
      return null;
    case "location": {
      const { name, address } = message.location;
      return [name, address].filter(Boolean).join(" — ") || null;
    }
    case "contacts": {
      const names = message.contacts.map((c) => c.name?.formatted_name || c.name?.first_name || c.phones?.[0]?.phone).filter(Boolean);
      return names.join(", ") || null;
    }
    case "interactive": {
      const { button_reply, list_reply, nfm_reply } = message.interactive;
      return button_reply?.title || list_reply?.title || nfm_reply?.body || null;
    }
    case "button":
      return message.button.text;
    case "reaction":
      // A removal carries no emoji: nothing to read.
      return message.reaction.emoji || null;
    case "order":
      return message.order.text || null;
    case "system":
      return message.system.body || null;
  }
}
