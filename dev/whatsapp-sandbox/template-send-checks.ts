import { z } from "zod";
import { templateVariables } from "../../server/meta/validate-outbound";
import type { OutboundRequest, TemplateParameter } from "./outbound-message";
import type { MessageMedia, Template } from "./state-types";

// A template send checked against the approved template, as Meta does: parameter counts (132000)
// and formats (132012) per component, and how the phone shows it (text, header file, footer, links).

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

export function templateButtons(template: Template): TemplateButton[] {
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
