import { randomBytes } from "node:crypto";
import type { InboundMessageInput } from "../../server/meta/webhook-inbound-message";

// Builders of inbound messages shaped like Meta's documented webhook examples.

export function fakeWamid(): string {
  return `wamid.HBgN${randomBytes(30).toString("base64")}`;
}

export function unixNow(): string {
  return String(Math.floor(Date.now() / 1000));
}

export type MessageBase = {
  /** Lead's phone digits; `null` leaves `from` out, as for a user known only by username. */
  from?: string | null;
  fromUserId?: string;
  id?: string;
  timestamp?: string;
  /** Reply to an earlier message (its wamid), or a forward. */
  context?: { id?: string; from?: string; forwarded?: boolean };
  /** Click-to-WhatsApp ad that opened the conversation. */
  referral?: { sourceUrl: string; sourceId: string; sourceType: "ad" | "post"; headline?: string; body?: string };
};

export const DEFAULT_LEAD_PHONE = "5511987654321";

function base(input: MessageBase) {
  const from = input.from === undefined ? DEFAULT_LEAD_PHONE : input.from;
  return {
    ...(from === null ? {} : { from }),
    ...(input.fromUserId ? { from_user_id: input.fromUserId } : {}),
    id: input.id ?? fakeWamid(),
    timestamp: input.timestamp ?? unixNow(),
    ...(input.context ? { context: input.context } : {}),
    ...(input.referral
      ? {
          referral: {
            source_url: input.referral.sourceUrl,
            source_id: input.referral.sourceId,
            source_type: input.referral.sourceType,
            headline: input.referral.headline,
            body: input.referral.body,
            media_type: "image",
            ctwa_clid: randomBytes(12).toString("hex"),
          },
        }
      : {}),
  };
}

type MediaInput = MessageBase & { mediaId: string; mimeType?: string; sha256?: string; caption?: string };

function media(input: MediaInput, fallbackMime: string) {
  return {
    id: input.mediaId,
    mime_type: input.mimeType ?? fallbackMime,
    sha256: input.sha256 ?? randomBytes(32).toString("base64"),
    ...(input.caption ? { caption: input.caption } : {}),
  };
}

export const inboundMessage = {
  text: (input: MessageBase & { body: string }): InboundMessageInput => ({
    ...base(input),
    type: "text",
    text: { body: input.body },
  }),
  image: (input: MediaInput): InboundMessageInput => ({ ...base(input), type: "image", image: media(input, "image/jpeg") }),
  video: (input: MediaInput): InboundMessageInput => ({ ...base(input), type: "video", video: media(input, "video/mp4") }),
  document: (input: MediaInput & { filename?: string }): InboundMessageInput => ({
    ...base(input),
    type: "document",
    document: { ...media(input, "application/pdf"), ...(input.filename ? { filename: input.filename } : {}) },
  }),
  audio: (input: MediaInput & { voice?: boolean }): InboundMessageInput => ({
    ...base(input),
    type: "audio",
    audio: { ...media(input, input.voice ? "audio/ogg; codecs=opus" : "audio/mpeg"), voice: input.voice ?? false },
  }),
  sticker: (input: MediaInput & { animated?: boolean }): InboundMessageInput => ({
    ...base(input),
    type: "sticker",
    sticker: { ...media(input, "image/webp"), animated: input.animated ?? false },
  }),
  location: (
    input: MessageBase & { latitude: number; longitude: number; name?: string; address?: string },
  ): InboundMessageInput => ({
    ...base(input),
    type: "location",
    location: { latitude: input.latitude, longitude: input.longitude, name: input.name, address: input.address },
  }),
  contacts: (input: MessageBase & { contacts: { name: string; phone: string; waId?: string }[] }): InboundMessageInput => ({
    ...base(input),
    type: "contacts",
    contacts: input.contacts.map((contact) => ({
      name: { formatted_name: contact.name, first_name: contact.name.split(" ")[0] },
      phones: [{ phone: contact.phone, wa_id: contact.waId, type: "CELL" }],
    })),
  }),
  buttonReply: (input: MessageBase & { replyId: string; title: string }): InboundMessageInput => ({
    ...base(input),
    type: "interactive",
    interactive: { type: "button_reply", button_reply: { id: input.replyId, title: input.title } },
  }),
  listReply: (input: MessageBase & { replyId: string; title: string; description?: string }): InboundMessageInput => ({
    ...base(input),
    type: "interactive",
    interactive: {
      type: "list_reply",
      list_reply: { id: input.replyId, title: input.title, ...(input.description ? { description: input.description } : {}) },
    },
  }),
  /** Quick-reply button of a template the business sent (type "button"). */
  templateButton: (input: MessageBase & { text: string; payload?: string }): InboundMessageInput => ({
    ...base(input),
    type: "button",
    button: { text: input.text, payload: input.payload ?? input.text },
  }),
  /** `emoji` undefined: the lead removed the reaction. */
  reaction: (input: MessageBase & { messageId: string; emoji?: string }): InboundMessageInput => ({
    ...base(input),
    type: "reaction",
    reaction: { message_id: input.messageId, ...(input.emoji ? { emoji: input.emoji } : {}) },
  }),
  order: (
    input: MessageBase & { catalogId: string; items: { productId: string; quantity: number; price: number }[] },
  ): InboundMessageInput => ({
    ...base(input),
    type: "order",
    order: {
      catalog_id: input.catalogId,
      product_items: input.items.map((item) => ({
        product_retailer_id: item.productId,
        quantity: item.quantity,
        item_price: item.price,
        currency: "BRL",
      })),
    },
  }),
  /** The lead changed numbers; system messages come without a contacts array. */
  system: (input: MessageBase & { newWaId: string; profileName?: string }): InboundMessageInput => ({
    ...base(input),
    type: "system",
    system: {
      body: `User ${input.profileName ?? "Lead"} changed from ${input.from ?? DEFAULT_LEAD_PHONE} to ${input.newWaId}`,
      wa_id: input.newWaId,
      type: "user_changed_number",
    },
  }),
  unsupported: (input: MessageBase & { unsupportedType?: string }): InboundMessageInput => ({
    ...base(input),
    type: "unsupported",
    errors: [
      {
        code: 131051,
        title: "Message type unknown",
        message: "Message type unknown",
        error_data: { details: "Message type is currently not supported." },
      },
    ],
    unsupported: { type: input.unsupportedType ?? "poll_creation" },
  }),
};

/** One message of every inbound type Meta documents, from the same lead. */
export function sampleInboundMessages(from: string | null = DEFAULT_LEAD_PHONE): InboundMessageInput[] {
  const firstId = fakeWamid();
  return [
    inboundMessage.text({ from, id: firstId, body: "Olá, tenho interesse no apartamento" }),
    inboundMessage.text({ from, body: "Pode ser à tarde?", context: { id: fakeWamid(), from: "5511400028922" } }),
    inboundMessage.text({
      from,
      body: "Vi o anúncio",
      referral: { sourceUrl: "https://fb.me/anuncio", sourceId: "120210", sourceType: "ad", headline: "Residencial Jardim" },
    }),
    inboundMessage.image({ from, mediaId: "1037543291543636", caption: "Foto da fachada" }),
    inboundMessage.document({ from, mediaId: "1037543291543637", filename: "comprovante.pdf" }),
    inboundMessage.audio({ from, mediaId: "1037543291543638", voice: true }),
    inboundMessage.audio({ from, mediaId: "1037543291543639" }),
    inboundMessage.video({ from, mediaId: "1037543291543640", caption: "Vídeo da rua" }),
    inboundMessage.sticker({ from, mediaId: "1037543291543641" }),
    inboundMessage.location({ from, latitude: -23.5613, longitude: -46.6565, name: "Av. Paulista", address: "São Paulo - SP" }),
    inboundMessage.contacts({ from, contacts: [{ name: "Maria Souza", phone: "+55 11 91234-5678", waId: "5511912345678" }] }),
    inboundMessage.buttonReply({ from, replyId: "agendar", title: "Agendar visita" }),
    inboundMessage.listReply({ from, replyId: "2q", title: "2 quartos", description: "A partir de R$ 350 mil" }),
    inboundMessage.templateButton({ from, text: "Tenho interesse" }),
    inboundMessage.reaction({ from, messageId: firstId, emoji: "👍" }),
    inboundMessage.reaction({ from, messageId: firstId }),
    inboundMessage.order({ from, catalogId: "cat-1", items: [{ productId: "apto-101", quantity: 1, price: 350000 }] }),
    inboundMessage.system({ from, newWaId: "5511900001111" }),
    inboundMessage.unsupported({ from }),
  ];
}
