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
  payload: z.string().optional(),
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

export type ButtonUse = { subType: string; index: number; parameters: TemplateParameter[] };

export type TemplateUse = {
  name: string;
  language: string;
  header: TemplateParameter[];
  body: TemplateParameter[];
  /** One `button` component per button that takes a value (URL suffix, quick-reply payload). */
  buttons: ButtonUse[];
};

export function templateUse(request: OutboundRequest): TemplateUse | undefined {
  if (!request.template) return undefined;
  const components = request.template.components ?? [];
  const of = (type: string) => components.find((component) => component.type.toLowerCase() === type)?.parameters ?? [];
  const buttons = components
    .filter((component) => component.type.toLowerCase() === "button")
    .map((component) => ({ subType: (component.sub_type ?? "").toLowerCase(), index: Number(component.index ?? -1), parameters: component.parameters ?? [] }));
  return { name: request.template.name, language: request.template.language.code, header: of("header"), body: of("body"), buttons };
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

type Mismatch = { code: 132000 | 132012; details: string };

const MEDIA_PARAMETER_TYPES = ["image", "video", "document"];

function headerFormat(template: Template): string {
  const header = template.components.find((candidate) => String(candidate.type).toUpperCase() === "HEADER");
  return header ? String(header.format ?? "TEXT").toUpperCase() : "NONE";
}

function headerMismatch(template: Template, use: TemplateUse): Mismatch | undefined {
  const format = headerFormat(template);
  if (format === "NONE" || format === "TEXT") {
    const expected = format === "TEXT" ? templateVariables(componentText(template, "HEADER") ?? "").length : 0;
    if (use.header.length !== expected) return { code: 132000, details: `header: expected number of params (${expected}), received number of params (${use.header.length})` };
    if (use.header.some((parameter) => parameter.type !== "text")) return { code: 132012, details: "header: the template's header is text; a text parameter is required" };
    if (use.header.some((parameter) => !parameter.text?.trim())) return { code: 132012, details: "header: the text parameter is empty" };
    return undefined;
  }
  // A media header always takes its file at send time.
  if (use.header.length !== 1) return { code: 132000, details: `header: expected number of params (1), received number of params (${use.header.length})` };
  const [parameter] = use.header;
  const kind = format.toLowerCase();
  if (parameter?.type !== kind) return { code: 132012, details: `header: format mismatch, expected ${format}, received ${String(parameter?.type).toUpperCase()}` };
  const media = parameter[kind as "image" | "video" | "document"];
  if (!media?.id === !media?.link) return { code: 132012, details: `header: the ${kind} parameter must contain either id or link` };
  return undefined;
}

type TemplateButton = { type: string; text: string; url?: string };

function templateButtons(template: Template): TemplateButton[] {
  const buttons = template.components.find((component) => String(component.type).toUpperCase() === "BUTTONS")?.buttons;
  if (!Array.isArray(buttons)) return [];
  return buttons.map((button: unknown) => {
    const parsed = z.looseObject({ type: z.string(), text: z.string().default(""), url: z.string().optional() }).safeParse(button);
    return parsed.success ? { ...parsed.data, type: parsed.data.type.toUpperCase() } : { type: "UNKNOWN", text: "" };
  });
}

function buttonMismatch(template: Template, use: TemplateUse): Mismatch | undefined {
  const buttons = templateButtons(template);
  for (const used of use.buttons) {
    const button = buttons[used.index];
    if (!Number.isInteger(used.index) || !button) return { code: 132000, details: `button at index ${used.index}: the template has no such button` };
    const expected = button.type === "URL" ? "url" : button.type === "QUICK_REPLY" ? "quick_reply" : undefined;
    if (used.subType !== expected) return { code: 132012, details: `button at index ${used.index}: sub_type ${used.subType || "(none)"} does not match the template's ${button.type} button` };
    if (expected === "quick_reply" && (used.parameters.length !== 1 || used.parameters[0]?.type !== "payload" || !used.parameters[0].payload)) {
      return { code: 132012, details: `button at index ${used.index}: a quick reply takes one payload parameter` };
    }
  }
  for (const [index, button] of buttons.entries()) {
    if (button.type !== "URL") continue;
    const takesSuffix = templateVariables(button.url ?? "").length > 0;
    const used = use.buttons.find((candidate) => candidate.index === index);
    const count = used?.parameters.length ?? 0;
    if (count !== (takesSuffix ? 1 : 0)) return { code: 132000, details: `button at index ${index}: expected number of params (${takesSuffix ? 1 : 0}), received number of params (${count})` };
    if (used && (used.parameters[0]?.type !== "text" || !used.parameters[0].text?.trim())) return { code: 132012, details: `button at index ${index}: the URL suffix must be a non-empty text parameter` };
  }
  return undefined;
}

/** Meta's 132000 (parameter count) and 132012 (parameter format) against the approved template, with Meta-like details. */
export function templateMismatchDetails(template: Template, use: TemplateUse): Mismatch | undefined {
  const bodyVariables = templateVariables(componentText(template, "BODY") ?? "").length;
  if (use.body.length !== bodyVariables) return { code: 132000, details: `body: expected number of params (${bodyVariables}), received number of params (${use.body.length})` };
  if (use.body.some((parameter) => parameter.type === "text" && !parameter.text?.trim())) return { code: 132012, details: "body: a text parameter is empty" };
  if (use.body.some((parameter) => MEDIA_PARAMETER_TYPES.includes(parameter.type))) return { code: 132012, details: "body: parameters must be text" };
  return headerMismatch(template, use) ?? buttonMismatch(template, use);
}

/** 132000 / 132012 checks against the registered template; undefined when it fits. */
export function templateMismatch(template: Template, use: TemplateUse): 132000 | 132012 | undefined {
  return templateMismatchDetails(template, use)?.code;
}

/** What the lead's phone shows for a template: its texts with the parameters filled in. */
export function renderTemplate(template: Template | undefined, use: TemplateUse): string {
  const values = use.body.map((parameter) => parameter.text ?? `[${parameter.type}]`);
  if (!template) return `[template ${use.name}]${values.length ? ` ${values.join(" | ")}` : ""}`;
  const header = headerFormat(template) === "TEXT" ? componentText(template, "HEADER") : undefined;
  const body = componentText(template, "BODY") ?? "";
  // The footer is shown apart, smaller, as on the phone (templateExtras).
  return [header ? fill(header, use.header) : undefined, fill(body, use.body)].filter(Boolean).join("\n");
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
type Link = { kind: "url" | "phone"; title: string; target: string };

export function templateExtras(template: Template | undefined, use: TemplateUse): { footer?: string; links?: Link[] } {
  if (!template) return {};
  const links = templateButtons(template).flatMap((button, index): Link[] => {
    if (button.type === "PHONE_NUMBER") {
      const raw = template.components.find((c) => String(c.type).toUpperCase() === "BUTTONS")?.buttons as Record<string, unknown>[] | undefined;
      return [{ kind: "phone", title: button.text, target: String(raw?.[index]?.phone_number ?? "") }];
    }
    if (button.type !== "URL") return [];
    const suffix = use.buttons.find((used) => used.index === index)?.parameters[0]?.text ?? "";
    return [{ kind: "url", title: button.text, target: (button.url ?? "").replace(/\{\{1\}\}/, suffix) }];
  });
  const footer = componentText(template, "FOOTER");
  return { ...(footer ? { footer } : {}), ...(links.length ? { links } : {}) };
}
