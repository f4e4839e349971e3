import "server-only";
import type { InboundMessage } from "@/server/meta/webhook-inbound-message";

// A readable text for every inbound type (pt-BR), kept in Message.body for the thread, the
// lead's history and search. The exact content Meta sent stays in Message.content.
export function inboundMessageText(message: InboundMessage): string | null {
  switch (message.type) {
    case "text":
      return message.text.body;
    case "image":
      return message.image.caption || "Imagem";
    case "video":
      return message.video.caption || "Vídeo";
    case "document":
      return message.document.caption || message.document.filename || "Documento";
    case "audio":
      return message.audio.voice ? "Mensagem de voz" : "Áudio";
    case "sticker":
      return "Figurinha";
    case "location": {
      const { name, address, latitude, longitude } = message.location;
      return [name, address].filter(Boolean).join(" — ") || `Localização (${latitude}, ${longitude})`;
    }
    case "contacts": {
      const names = message.contacts.map((c) => c.name?.formatted_name || c.name?.first_name || c.phones?.[0]?.phone).filter(Boolean);
      return names.length > 0 ? `Contato: ${names.join(", ")}` : "Contato compartilhado";
    }
    case "interactive": {
      const { button_reply, list_reply, nfm_reply } = message.interactive;
      return button_reply?.title || list_reply?.title || nfm_reply?.body || "Resposta interativa";
    }
    case "button":
      return message.button.text;
    case "reaction":
      // A removal carries no emoji: nothing to read.
      return message.reaction.emoji || null;
    case "order": {
      const count = message.order.product_items.length;
      const items = `Pedido (${count} ${count === 1 ? "item" : "itens"})`;
      return message.order.text ? `${items}: ${message.order.text}` : items;
    }
    case "system":
      return message.system.body || "Mensagem do sistema";
    case "unsupported":
      return "Mensagem não suportada pelo WhatsApp Business";
  }
}
