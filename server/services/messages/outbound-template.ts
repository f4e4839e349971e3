import "server-only";
import type { Db } from "@/server/db";
import type { GraphClient } from "@/server/meta/graph-client";
import type { MediaKind, TemplateButtonParameter, TemplateHeaderParameter, TemplateMessageInput } from "@/server/meta/graph-message-payloads";
import { parseStoredButtons } from "@/server/services/templates/template-components";
import { quickReplyPayload } from "@/server/services/templates/quick-reply-payload";
import { localFailure, type DeliveryFailure } from "./delivery-failures";
import type { OutboundMessage } from "./load-outbound-message";
import { prepareOutboundMedia, type AssetUploads } from "./outbound-media";

type Template = NonNullable<OutboundMessage["template"]>;
type Params = { body: string[]; header: string | null; urls: { index: number; text: string }[] };

const HEADER_KINDS: Partial<Record<string, MediaKind & ("image" | "video" | "document")>> = { IMAGE: "image", VIDEO: "video", DOCUMENT: "document" };

type HeaderResult = { ok: true; parameters: TemplateHeaderParameter[] } | { ok: false; failure: DeliveryFailure };

/**
 * The header's parameter: its text, or its file by Meta media id (the message's header file,
 * uploaded through /{phone-number-id}/media once per channel and reused for 30 days).
 */
export async function templateHeaderParameters(db: Db, client: GraphClient, message: OutboundMessage, text: string | null, uploads?: AssetUploads): Promise<HeaderResult> {
  const format = message.template?.headerFormat ?? "NONE";
  if (format === "TEXT") return { ok: true, parameters: text ? [{ type: "text", text }] : [] };
  const kind = HEADER_KINDS[format];
  if (!kind) return { ok: true, parameters: [] };
  if (!message.mediaAssetId && !message.metaMediaId) return { ok: false, failure: localFailure("mediaMissing") };
  const media = await prepareOutboundMedia(db, client, message, kind, uploads);
  if (!media.ok) return media;
  if (kind === "document") return { ok: true, parameters: [{ type: "document", media: media.ref, filename: media.filename }] };
  return { ok: true, parameters: [{ type: kind, media: media.ref }] };
}

/**
 * Everything but the recipient: body parameters, header, a text parameter for each URL with a
 * variable suffix, and a payload for each quick reply so a tap says which button it was.
 */
export function templateMessageInput(template: Template, params: Params, header: TemplateHeaderParameter[]): Omit<TemplateMessageInput, "to" | "replyTo"> {
  const buttons = parseStoredButtons(template.buttons);
  const buttonParameters: TemplateButtonParameter[] = [
    ...params.urls.map((url) => ({ subType: "url" as const, index: url.index, text: url.text })),
    ...buttons.flatMap((button, index) => (button.type === "QUICK_REPLY" ? [{ subType: "quick_reply" as const, index, payload: quickReplyPayload(button, index) }] : [])),
  ];
  return {
    name: template.name,
    languageCode: template.language,
    bodyParameters: params.body,
    ...(header.length ? { headerParameters: header } : {}),
    ...(buttonParameters.length ? { buttonParameters } : {}),
  };
}
