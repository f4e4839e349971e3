import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import type { GraphClient, SendResult } from "@/server/meta/graph-client";
import type { MediaKind } from "@/server/meta/graph-message-payloads";
import { validateText } from "@/server/meta/validate-outbound";
import { invalidMessage, localFailure, type DeliveryFailure } from "./delivery-failures";
import type { OutboundMessage } from "./load-outbound-message";
import { prepareOutboundMedia, type AssetUploads } from "./outbound-media";
import { templateHeaderParameters, templateMessageInput } from "./outbound-template";

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

// Rendered values in Meta's order; older rows hold the body's alone, as strings or {text} objects.
const bodyParamsSchema = z.array(z.union([z.string(), z.object({ text: z.string() }).transform((p) => p.text)]));
const templateParamsSchema = z.union([
  bodyParamsSchema.transform((body) => ({ body, header: null, urls: [] })),
  z.object({
    body: bodyParamsSchema,
    header: z.string().nullable().default(null),
    urls: z.array(z.object({ index: z.number().int().min(0), text: z.string() })).default([]),
  }),
]);

const fail = (failure: DeliveryFailure): Prepared => ({ ok: false, failure });

/** `uploads` shares a round's development materials between its messages (outbound-media.ts). */
export async function prepareOutboundRequest(db: Db, client: GraphClient, message: OutboundMessage, to: string, uploads?: AssetUploads): Promise<Prepared> {
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
    const header = await templateHeaderParameters(db, client, message, params.data.header, uploads);
    if (!header.ok) return fail(header.failure);
    const input = templateMessageInput(message.template, params.data, header.parameters);
    return { ok: true, send: (c) => c.sendTemplate(phoneNumberId, { to, replyTo, ...input }) };
  }

  if (message.type === "REACTION" && message.reactionToWamid) {
    const reactTo = message.reactionToWamid;
    return { ok: true, send: (c) => c.sendReaction(phoneNumberId, { to, messageId: reactTo, emoji: message.body ?? "" }) };
  }

  const kind = MEDIA_KINDS[message.type];
  if (!kind) return fail(localFailure("unsupported"));
  const media = await prepareOutboundMedia(db, client, message, kind, uploads);
  if (!media.ok) return fail(media.failure);
  const caption = message.body?.trim() || undefined;
  return { ok: true, send: (c) => c.sendMedia(phoneNumberId, { to, replyTo, kind, media: media.ref, caption, filename: media.filename }) };
}
