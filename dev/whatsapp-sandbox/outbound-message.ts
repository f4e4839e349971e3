import { z } from "zod";
import { templateVariables } from "../../server/meta/validate-outbound";
import type { ChatMessage, MessageMedia, Template } from "./state-types";

const mediaObject = z.looseObject({
  id: z.string().optional(),
  link: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});

const parameterSchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  parameter_name: z.string().optional(),
  image: mediaObject.optional(),
  document: mediaObject.optional(),
  video: mediaObject.optional(),
});
type TemplateParameter = z.infer<typeof parameterSchema>;

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
      components: z.array(z.looseObject({ type: z.string(), parameters: z.array(parameterSchema).optional() })).optional(),
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

export type TemplateUse = {
  name: string;
  language: string;
  header: TemplateParameter[];
  body: TemplateParameter[];
};

export function templateUse(request: OutboundRequest): TemplateUse | undefined {
  if (!request.template) return undefined;
  const components = request.template.components ?? [];
  const of = (type: string) => components.find((component) => component.type.toLowerCase() === type)?.parameters ?? [];
  return { name: request.template.name, language: request.template.language.code, header: of("header"), body: of("body") };
}

function componentText(template: Template, type: string): string | undefined {
  const component = template.components.find((candidate) => String(candidate.type).toUpperCase() === type);
  return typeof component?.text === "string" ? component.text : undefined;
}

function fill(text: string, parameters: TemplateParameter[]): string {
  return text.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}/gi, (whole, name: string) => {
    const named = parameters.find((parameter) => parameter.parameter_name === name);
    const positional = /^\d+$/.test(name) ? parameters[Number(name) - 1] : undefined;
    return (named ?? positional)?.text ?? whole;
  });
}

/** 132000 / 132012 checks against the registered template; undefined when it fits. */
export function templateMismatch(template: Template, use: TemplateUse): 132000 | 132012 | undefined {
  const bodyVariables = templateVariables(componentText(template, "BODY") ?? "").length;
  const headerVariables = templateVariables(componentText(template, "HEADER") ?? "").length;
  const headerTextParameters = use.header.filter((parameter) => parameter.type === "text").length;
  if (use.body.length !== bodyVariables || headerTextParameters !== headerVariables) return 132000;
  if (use.body.some((parameter) => parameter.type === "text" && !parameter.text?.trim())) return 132012;
  if (use.body.some((parameter) => ["image", "video", "document"].includes(parameter.type))) return 132012;
  return undefined;
}

/** What the lead's phone shows for a template: its texts with the parameters filled in. */
export function renderTemplate(template: Template | undefined, use: TemplateUse): string {
  const values = use.body.map((parameter) => parameter.text ?? `[${parameter.type}]`);
  if (!template) return `[template ${use.name}]${values.length ? ` ${values.join(" | ")}` : ""}`;
  const header = componentText(template, "HEADER");
  const body = componentText(template, "BODY") ?? "";
  const footer = componentText(template, "FOOTER");
  return [header ? fill(header, use.header) : undefined, fill(body, use.body), footer].filter(Boolean).join("\n");
}

export function templateHeaderMedia(use: TemplateUse): MessageMedia | undefined {
  for (const parameter of use.header) {
    const media = parameter.image ?? parameter.video ?? parameter.document;
    if (media) return { id: media.id, link: media.link, filename: media.filename };
  }
  return undefined;
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
  const buttons = template?.components.find((component) => String(component.type).toUpperCase() === "BUTTONS")?.buttons;
  if (request.type !== "template" || !Array.isArray(buttons)) return undefined;
  const choices = buttons.flatMap((button: unknown) => {
    const parsed = z.looseObject({ type: z.string(), text: z.string() }).safeParse(button);
    return parsed.success && parsed.data.type.toUpperCase() === "QUICK_REPLY"
      ? [{ kind: "template_button" as const, id: parsed.data.text, title: parsed.data.text }]
      : [];
  });
  return choices.length ? choices : undefined;
}
