import { z } from "zod";
import type { ChatMessage, MessageMedia, Template } from "./state-types";
import { templateButtons, templateUse } from "./template-send-checks";

const mediaObject = z.looseObject({
  id: z.string().optional(),
  link: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});

const parameterSchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  payload: z.string().optional(),
  parameter_name: z.string().optional(),
  image: mediaObject.optional(),
  document: mediaObject.optional(),
  video: mediaObject.optional(),
});
export type TemplateParameter = z.infer<typeof parameterSchema>;

const outboundSchema = z.looseObject({
  messaging_product: z.string().optional(),
  to: z.string().optional(),
  recipient: z.string().optional(),
  type: z.string().optional(),
  context: z.looseObject({ message_id: z.string() }).optional(),
  text: z.looseObject({ body: z.string(), preview_url: z.boolean().optional() }).optional(),
  image: mediaObject.optional(),
  audio: mediaObject.optional(),
  video: mediaObject.optional(),
  document: mediaObject.optional(),
  sticker: mediaObject.optional(),
  template: z
    .looseObject({
      name: z.string(),
      language: z.looseObject({ code: z.string() }),
      components: z
        .array(
          z.looseObject({
            type: z.string(),
            sub_type: z.string().optional(),
            index: z.union([z.string(), z.number()]).optional(),
            parameters: z.array(parameterSchema).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  reaction: z.looseObject({ message_id: z.string(), emoji: z.string() }).optional(),
  interactive: z.looseObject({ type: z.string(), body: z.looseObject({ text: z.string() }).optional() }).optional(),
  location: z.looseObject({ latitude: z.coerce.number(), longitude: z.coerce.number(), name: z.string().optional(), address: z.string().optional() }).optional(),
  contacts: z.array(z.looseObject({ name: z.looseObject({ formatted_name: z.string().optional() }).optional() })).optional(),
});
export type OutboundRequest = z.infer<typeof outboundSchema> & { type: SendType; to: string };

const SEND_TYPES = ["text", "template", "image", "audio", "video", "document", "sticker", "reaction", "interactive", "location", "contacts"] as const;
export type SendType = (typeof SEND_TYPES)[number];
const MEDIA_TYPES = new Set(["image", "audio", "video", "document", "sticker"]);

function mediaOf(request: z.infer<typeof outboundSchema>, type: string) {
  switch (type) {
    case "image":
      return request.image;
    case "audio":
      return request.audio;
    case "video":
      return request.video;
    case "document":
      return request.document;
    case "sticker":
      return request.sticker;
    default:
      return undefined;
  }
}

const isSendType = (type: string): type is SendType => (SEND_TYPES as readonly string[]).includes(type);

/** Meta's checks on POST /messages; `details` is the text Graph puts in error_data. */
export function checkOutbound(body: unknown): { ok: true; request: OutboundRequest } | { ok: false; details: string } {
  const parsed = outboundSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, details: `Param ${issue?.path.join(".") || "body"} is invalid: ${issue?.message ?? "unknown"}` };
  }
  const request = parsed.data;
  if (request.messaging_product !== "whatsapp") return { ok: false, details: "The parameter messaging_product is required." };
  const to = request.to ?? request.recipient;
  if (!to) return { ok: false, details: "The parameter to is required." };
  const type = request.type ?? "text";
  if (!isSendType(type)) {
    return { ok: false, details: `Param type must be one of {${SEND_TYPES.map((name) => name.toUpperCase()).join(", ")}} - got "${type}".` };
  }
  const content = request[type];
  if (!content) return { ok: false, details: `The parameter ${type} is required.` };
  if (type === "text" && [...(request.text?.body ?? "")].length > 4096) {
    return { ok: false, details: "Param text['body'] must be at most 4096 characters long." };
  }
  if (type === "text" && !request.text?.body) return { ok: false, details: "The parameter text['body'] is required." };
  if (MEDIA_TYPES.has(type)) {
    const media = mediaOf(request, type);
    if (!media?.id === !media?.link) return { ok: false, details: `Param ${type} must contain either id or link.` };
  }
  return { ok: true, request: { ...request, type, to } };
}

export function outboundMedia(request: OutboundRequest): MessageMedia | undefined {
  const media = mediaOf(request, request.type);
  return media ? { id: media.id, link: media.link, caption: media.caption, filename: media.filename } : undefined;
}

/** Display text for non-template messages. */
export function outboundText(request: OutboundRequest): string | undefined {
  switch (request.type) {
    case "text":
      return request.text?.body;
    case "interactive":
      return request.interactive?.body?.text ?? `[${request.interactive?.type ?? "interactive"}]`;
    case "location":
      return [request.location?.name, request.location?.address, `${request.location?.latitude}, ${request.location?.longitude}`]
        .filter(Boolean)
        .join(" — ");
    case "contacts":
      return request.contacts?.map((contact) => contact.name?.formatted_name ?? "Contato").join(", ");
    default:
      return outboundMedia(request)?.caption;
  }
}

const interactiveActionSchema = z.looseObject({
  action: z
    .looseObject({
      buttons: z.array(z.looseObject({ reply: z.looseObject({ id: z.string(), title: z.string() }).optional() })).optional(),
      sections: z.array(z.looseObject({ rows: z.array(z.looseObject({ id: z.string(), title: z.string() })).optional() })).optional(),
    })
    .optional(),
});

type Choice = NonNullable<ChatMessage["choices"]>[number];

/** What the lead can tap: reply buttons, list rows, or the template's quick replies. */
export function outboundChoices(request: OutboundRequest, template: Template | undefined): Choice[] | undefined {
  if (request.type === "interactive") {
    const parsed = interactiveActionSchema.safeParse(request.interactive);
    const action = parsed.success ? parsed.data.action : undefined;
    const buttons = (action?.buttons ?? []).flatMap((button) =>
      button.reply ? [{ kind: "button_reply" as const, id: button.reply.id, title: button.reply.title }] : [],
    );
    const rows = (action?.sections ?? []).flatMap((section) =>
      (section.rows ?? []).map((row) => ({ kind: "list_reply" as const, id: row.id, title: row.title })),
    );
    const choices = [...buttons, ...rows];
    return choices.length ? choices : undefined;
  }
  if (request.type !== "template" || !template) return undefined;
  const use = templateUse(request);
  // The payload sent for that button comes back in the tap's webhook; without one, Meta sends the text.
  const choices = templateButtons(template).flatMap((button, index) => {
    if (button.type !== "QUICK_REPLY") return [];
    const payload = use?.buttons.find((used) => used.index === index)?.parameters[0]?.payload;
    return [{ kind: "template_button" as const, id: payload ?? button.text, title: button.text }];
  });
  return choices.length ? choices : undefined;
}

/** The template's footer and its call-to-action buttons, shown (not tappable) on the phone. */
