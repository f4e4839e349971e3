import { z } from "zod";
import { inboundMessagesWebhook } from "./meta-webhook-bodies";
import type { InboundMessageInput } from "../../server/meta/webhook-inbound-message";
import { inboundMessage, type MessageBase } from "./meta-message-bodies";
import type { SandboxContext } from "./context";
import { spokenWav } from "../voice-note/spoken-wav";
import { newWamid } from "./ids";
import type { ChatMessage, Lead, MediaItem } from "./state-types";
import { fixtureBusiness, targetForNumber } from "./webhook-targets";

const common = { phoneNumberId: z.string().min(1), name: z.string().optional(), replyTo: z.string().optional() };
const mediaFields = {
  ...common,
  dataBase64: z.string().optional(),
  mimeType: z.string().optional(),
  filename: z.string().optional(),
  caption: z.string().optional(),
};

export const leadMessageSchema = z.discriminatedUnion("type", [
  z.object({ ...common, type: z.literal("text"), text: z.string().min(1) }),
  z.object({ ...mediaFields, type: z.literal("image") }),
  z.object({ ...mediaFields, type: z.literal("document") }),
  // spokenText: a voice note whose words the AI stand-in can transcribe (dev/voice-note/spoken-wav.ts).
  z.object({ ...mediaFields, type: z.literal("audio"), voice: z.boolean().optional(), spokenText: z.string().trim().min(1).max(2_000).optional() }),
  z.object({ ...mediaFields, type: z.literal("video") }),
  z.object({ ...mediaFields, type: z.literal("sticker") }),
  z.object({ ...common, type: z.literal("reaction"), messageId: z.string(), emoji: z.string().optional() }),
  z.object({
    ...common,
    type: z.literal("interactive"),
    buttonReply: z.object({ id: z.string(), title: z.string() }).optional(),
    listReply: z.object({ id: z.string(), title: z.string(), description: z.string().optional() }).optional(),
  }),
  z.object({ ...common, type: z.literal("button"), text: z.string(), payload: z.string().optional() }),
  z.object({ ...common, type: z.literal("location"), latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() }),
  z.object({ ...common, type: z.literal("contacts"), contacts: z.array(z.object({ name: z.string(), phone: z.string() })).min(1) }),
]);
export type LeadMessageRequest = z.infer<typeof leadMessageSchema>;
type MediaRequest = Extract<LeadMessageRequest, { type: "image" | "document" | "audio" | "video" | "sticker" }>;

// Stand-in files for tests that do not care about the bytes.
const SAMPLE_FILES: Record<MediaRequest["type"], { mimeType: string; filename: string; bytes: () => Buffer }> = {
  image: {
    mimeType: "image/png",
    filename: "foto.png",
    bytes: () => Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
  },
  document: { mimeType: "application/pdf", filename: "documento.pdf", bytes: () => Buffer.from("%PDF-1.4\n% WhatsApp sandbox\n%%EOF\n") },
  audio: { mimeType: "audio/ogg", filename: "audio.ogg", bytes: () => Buffer.concat([Buffer.from("OggS"), Buffer.alloc(60)]) },
  video: { mimeType: "video/mp4", filename: "video.mp4", bytes: () => Buffer.concat([Buffer.from("\0\0\0\x18ftypmp42"), Buffer.alloc(60)]) },
  sticker: { mimeType: "image/webp", filename: "figurinha.webp", bytes: () => Buffer.concat([Buffer.from("RIFF\x24\0\0\0WEBPVP8 "), Buffer.alloc(40)]) },
};

function storeMedia(sandbox: SandboxContext, request: MediaRequest): MediaItem {
  if (request.type === "audio" && request.spokenText && !request.dataBase64) {
    return sandbox.store.addMedia({ bytes: spokenWav(request.spokenText), mimeType: "audio/wav", filename: request.filename });
  }
  const sample = SAMPLE_FILES[request.type];
  const bytes = request.dataBase64 ? Buffer.from(request.dataBase64, "base64") : sample.bytes();
  return sandbox.store.addMedia({
    bytes,
    mimeType: request.mimeType ?? sample.mimeType,
    filename: request.filename ?? (request.type === "document" ? sample.filename : undefined),
  });
}

function describe(request: LeadMessageRequest): string | undefined {
  switch (request.type) {
    case "text":
    case "button":
      return request.text;
    case "interactive":
      return request.buttonReply?.title ?? request.listReply?.title;
    case "location":
      return [request.name, request.address, `${request.latitude}, ${request.longitude}`].filter(Boolean).join(" — ");
    case "contacts":
      return request.contacts.map((contact) => `${contact.name} ${contact.phone}`).join(", ");
    case "reaction":
      return undefined;
    case "audio":
      return request.caption ?? (request.spokenText ? `🎤 ${request.spokenText}` : undefined);
    default:
      return request.caption;
  }
}

function buildInbound(request: LeadMessageRequest, base: MessageBase, media?: MediaItem): InboundMessageInput {
  const file = media ? { mediaId: media.id, mimeType: media.mimeType, sha256: media.sha256 } : { mediaId: "" };
  switch (request.type) {
    case "text":
      return inboundMessage.text({ ...base, body: request.text });
    case "image":
    case "video":
      return inboundMessage[request.type]({ ...base, ...file, caption: request.caption });
    case "document":
      return inboundMessage.document({ ...base, ...file, caption: request.caption, filename: media?.filename });
    case "audio":
      return inboundMessage.audio({ ...base, ...file, voice: request.voice ?? (request.spokenText ? true : undefined) });
    case "sticker":
      return inboundMessage.sticker({ ...base, ...file });
    case "reaction":
      return inboundMessage.reaction({ ...base, messageId: request.messageId, emoji: request.emoji || undefined });
    case "interactive":
      return request.listReply
        ? inboundMessage.listReply({ ...base, replyId: request.listReply.id, title: request.listReply.title, description: request.listReply.description })
        : inboundMessage.buttonReply({ ...base, replyId: request.buttonReply?.id ?? "", title: request.buttonReply?.title ?? "" });
    case "button":
      return inboundMessage.templateButton({ ...base, text: request.text, payload: request.payload });
    case "location":
      return inboundMessage.location({ ...base, latitude: request.latitude, longitude: request.longitude, name: request.name, address: request.address });
    case "contacts":
      return inboundMessage.contacts({ ...base, contacts: request.contacts });
  }
}

/** The lead writes: store it, open the 24 h window and post the signed `messages` webhook. */
export function receiveFromLead(sandbox: SandboxContext, lead: Lead, request: LeadMessageRequest) {
  const { store, config, emitter } = sandbox;
  const number = store.ensureNumber(request.phoneNumberId);
  const media = maybeMedia(sandbox, request);
  const wamid = newWamid();
  const now = Date.now();
  const base: MessageBase = {
    id: wamid,
    from: lead.usernameOnly ? null : lead.waId,
    fromUserId: lead.userId,
    timestamp: String(Math.floor(now / 1000)),
    ...(request.replyTo ? { context: { id: request.replyTo, from: number.displayPhoneNumber } } : {}),
  };
  const inbound = buildInbound(request, base, media);

  if (request.type === "reaction") {
    const reacted = store.getMessage(request.messageId);
    if (reacted) reacted.reactions.lead = request.emoji || undefined;
  }
  const message: ChatMessage = {
    wamid,
    phoneNumberId: number.phoneNumberId,
    leadKey: lead.key,
    direction: "in",
    type: request.type,
    text: describe(request),
    media: media ? { id: media.id, mimeType: media.mimeType, filename: media.filename, caption: "caption" in request ? request.caption : undefined } : undefined,
    reaction: request.type === "reaction" ? { messageId: request.messageId, emoji: request.emoji ?? "" } : undefined,
    contextId: request.replyTo,
    status: "received",
    statusHistory: [{ status: "received", at: now }],
    reactions: {},
    createdAt: now,
  };
  lead.lastInboundAt[number.phoneNumberId] = now;
  store.addMessage(message);

  const delivery = emitter.emit(
    targetForNumber(config, number),
    inboundMessagesWebhook({
      business: fixtureBusiness(number),
      contact: {
        name: lead.name,
        waId: lead.usernameOnly ? undefined : lead.waId,
        userId: lead.userId,
        username: lead.usernameOnly ? `@${lead.name.toLowerCase().replace(/\W+/g, ".")}` : undefined,
      },
      messages: [inbound],
    }),
    `lead:${number.phoneNumberId}:${lead.key}`,
  );
  return { wamid, mediaId: media?.id, webhookId: delivery?.id, message };
}

function maybeMedia(sandbox: SandboxContext, request: LeadMessageRequest): MediaItem | undefined {
  switch (request.type) {
    case "image":
    case "document":
    case "audio":
    case "video":
    case "sticker":
      return storeMedia(sandbox, request);
    default:
      return undefined;
  }
}
