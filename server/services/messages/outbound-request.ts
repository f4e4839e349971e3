import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import type { GraphClient, SendResult } from "@/server/meta/graph-client";
import type { MediaKind } from "@/server/meta/graph-message-payloads";
import { validateText } from "@/server/meta/validate-outbound";
import { invalidMessage, localFailure, type DeliveryFailure } from "./delivery-failures";
import type { OutboundMessage } from "./load-outbound-message";
import { prepareOutboundMedia } from "./outbound-media";

/** A message turned into one Graph call, ready to go once the rate limits allow. */
export type OutboundRequest = (client: GraphClient) => Promise<SendResult>;

export type Prepared = { ok: true; send: OutboundRequest } | { ok: false; failure: DeliveryFailure };

const MEDIA_KINDS: Partial<Record<OutboundMessage["type"], MediaKind>> = {
  IMAGE: "image",
  VIDEO: "video",
  AUDIO: "audio",
  DOCUMENT: "document",
  STICKER: "sticker",
};

// Rendered values in Meta's order; older rows may hold {text} objects.
const templateParamsSchema = z.array(z.union([z.string(), z.object({ text: z.string() }).transform((p) => p.text)]));

const fail = (failure: DeliveryFailure): Prepared => ({ ok: false, failure });

export async function prepareOutboundRequest(db: Db, client: GraphClient, message: OutboundMessage, to: string): Promise<Prepared> {
  const phoneNumberId = message.conversation.channel.phoneNumberId;
  const replyTo = message.replyToWamid ?? undefined;

  if (message.type === "TEXT") {
    const body = message.body ?? "";
    const valid = validateText(body);
    if (!valid.ok) return fail(invalidMessage(valid));
    return { ok: true, send: (c) => c.sendText(phoneNumberId, { to, body, replyTo, previewUrl: /https?:\/\//.test(body) }) };
  }

  if (message.type === "TEMPLATE") {
    if (!message.template) return fail(localFailure("templateMissing"));
    const params = templateParamsSchema.safeParse(message.templateParams ?? []);
    if (!params.success) return fail(localFailure("templateMissing"));
    const { name, language } = message.template;
    return { ok: true, send: (c) => c.sendTemplate(phoneNumberId, { to, replyTo, name, languageCode: language, bodyParameters: params.data }) };
  }

  if (message.type === "REACTION" && message.reactionToWamid) {
    const reactTo = message.reactionToWamid;
    return { ok: true, send: (c) => c.sendReaction(phoneNumberId, { to, messageId: reactTo, emoji: message.body ?? "" }) };
  }

  const kind = MEDIA_KINDS[message.type];
  if (!kind) return fail(localFailure("unsupported"));
  const media = await prepareOutboundMedia(db, client, message, kind);
  if (!media.ok) return fail(media.failure);
  const caption = message.body?.trim() || undefined;
  return { ok: true, send: (c) => c.sendMedia(phoneNumberId, { to, replyTo, kind, media: media.ref, caption, filename: media.filename }) };
}
