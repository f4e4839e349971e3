// A template's parts besides the body: header, footer and buttons, as the editor writes them and
// as they are stored (Meta's {{n}} text plus what fills each parameter). Pure: the template form,
// the save service and the sandbox launcher share it (relative imports only).
import { editorToken, parseStoredVariables, toMetaBody, type TemplateValues, type TemplateVariable } from "./template-variables";

export const HEADER_FORMATS = ["NONE", "TEXT", "IMAGE", "VIDEO", "DOCUMENT"] as const;
export type HeaderFormat = (typeof HEADER_FORMATS)[number];
export type MediaHeaderFormat = Exclude<HeaderFormat, "NONE" | "TEXT">;
export const isMediaHeader = (format: HeaderFormat): format is MediaHeaderFormat => format === "IMAGE" || format === "VIDEO" || format === "DOCUMENT";

// Meta's limits for template components (developers.facebook.com › templates › components).
export const MAX_HEADER_TEXT = 60;
export const MAX_FOOTER = 60;
export const MAX_BUTTON_TEXT = 25;
export const MAX_QUICK_REPLIES = 3;
export const MAX_CALL_TO_ACTIONS = 2;
export const MAX_BUTTON_URL = 2000;

const MB = 1024 * 1024;
/** What Meta accepts as a header sample and as the header sent: formats and sizes per header kind. */
export const HEADER_MEDIA_RULES: Record<MediaHeaderFormat, { mimeTypes: readonly string[]; formats: string; maxBytes: number }> = {
  IMAGE: { mimeTypes: ["image/jpeg", "image/png"], formats: "JPG, PNG", maxBytes: 5 * MB },
  VIDEO: { mimeTypes: ["video/mp4"], formats: "MP4", maxBytes: 16 * MB },
  DOCUMENT: { mimeTypes: ["application/pdf"], formats: "PDF", maxBytes: 100 * MB },
};

export type HeaderMediaFile = { mimeType: string; sizeBytes: number };

// ── As the editor writes them ──────────────────────────────────────────────────────────────────
export type EditorHeader = { format: "NONE" } | { format: "TEXT"; text: string } | { format: MediaHeaderFormat; mediaAssetId: string | null };

export type EditorButton =
  | { type: "QUICK_REPLY"; text: string; optOut: boolean }
  /** url with at most one {{token}}, at its end: "https://site.com.br/imoveis/{{nome_empreendimento}}". */
  | { type: "URL"; text: string; url: string }
  | { type: "PHONE_NUMBER"; text: string; phoneNumber: string };

export type EditorComponents = { header: EditorHeader; footer: string; buttons: EditorButton[] };

// ── As stored (and sent to Meta) ───────────────────────────────────────────────────────────────
export type StoredButton =
  | { type: "QUICK_REPLY"; text: string; optOut: boolean }
  /** url in Meta's form ("https://site/{{1}}"); variable fills the suffix, slugified. */
  | { type: "URL"; text: string; url: string; variable: TemplateVariable | null }
  | { type: "PHONE_NUMBER"; text: string; phoneNumber: string };

export type StoredComponents = {
  headerFormat: HeaderFormat;
  headerText: string | null;
  headerVariables: TemplateVariable[];
  headerMediaAssetId: string | null;
  footer: string | null;
  buttons: StoredButton[];
};

export const NO_COMPONENTS: StoredComponents = { headerFormat: "NONE", headerText: null, headerVariables: [], headerMediaAssetId: null, footer: null, buttons: [] };

export type ComponentIssue = {
  field: "header" | "footer" | "buttons";
  /** The button's position, for issues about one button. */
  index?: number;
  // Keys under `templates.validation.` (the editor) and errors.templates (the server).
  code:
    | "headerTextRequired"
    | "headerTextTooLong"
    | "headerTooManyVariables"
    | "headerUnknownVariable"
    | "headerMediaRequired"
    | "headerMediaFormat"
    | "headerMediaTooLarge"
    | "footerTooLong"
    | "footerVariable"
    | "buttonsMixed"
    | "tooManyQuickReplies"
    | "tooManyCallToActions"
    | "tooManyPhoneButtons"
    | "tooManyOptOuts"
    | "buttonTextRequired"
    | "buttonTextTooLong"
    | "buttonTextDuplicate"
    | "buttonUrlInvalid"
    | "buttonUrlVariable"
    | "buttonPhoneInvalid";
  params?: Record<string, string | number>;
};

/** Characters as Meta counts them: code points, so an emoji is one. */
const length = (text: string) => [...text].length;
const TOKEN = /\{\{[^{}]*\}\}/;

/** "Residencial Jardins" → "residencial-jardins": a development's name as a URL suffix. */
export function urlSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "+55 (11) 98765-4321" → "+5511987654321"; null when it is not a phone number. */
export function normaliseButtonPhone(text: string): string | null {
  const digits = text.replace(/[\s()\-.]/g, "");
  return /^\+?\d{8,15}$/.test(digits) ? `+${digits.replace(/^\+/, "")}` : null;
}

function headerIssues(header: EditorHeader, media: HeaderMediaFile | null | undefined): ComponentIssue[] {
  if (header.format === "NONE") return [];
  if (header.format === "TEXT") {
    const text = header.text.trim();
    if (!text) return [{ field: "header", code: "headerTextRequired" }];
    const parsed = toMetaBody(text);
    const issues: ComponentIssue[] = parsed.unknownTokens.map((token) => ({ field: "header", code: "headerUnknownVariable", params: { token } }));
    if (parsed.variables.length > 1) issues.push({ field: "header", code: "headerTooManyVariables" });
    const size = length(parsed.body);
    if (size > MAX_HEADER_TEXT) issues.push({ field: "header", code: "headerTextTooLong", params: { length: size, max: MAX_HEADER_TEXT } });
    return issues;
  }
  if (!header.mediaAssetId) return [{ field: "header", code: "headerMediaRequired" }];
  // Undefined: the caller does not know the file (the editor before the library loaded).
  if (media === undefined) return [];
  if (media === null) return [{ field: "header", code: "headerMediaRequired" }];
  const rule = HEADER_MEDIA_RULES[header.format];
  if (!rule.mimeTypes.includes(media.mimeType)) return [{ field: "header", code: "headerMediaFormat", params: { formats: rule.formats } }];
  if (media.sizeBytes > rule.maxBytes) return [{ field: "header", code: "headerMediaTooLarge", params: { max: Math.round(rule.maxBytes / MB) } }];
  return [];
}

function buttonIssues(buttons: readonly EditorButton[]): ComponentIssue[] {
  const issues: ComponentIssue[] = [];
  const quickReplies = buttons.filter((b) => b.type === "QUICK_REPLY");
  const callToActions = buttons.length - quickReplies.length;
  if (quickReplies.length > 0 && callToActions > 0) issues.push({ field: "buttons", code: "buttonsMixed" });
  if (quickReplies.length > MAX_QUICK_REPLIES) issues.push({ field: "buttons", code: "tooManyQuickReplies", params: { max: MAX_QUICK_REPLIES } });
  if (callToActions > MAX_CALL_TO_ACTIONS) issues.push({ field: "buttons", code: "tooManyCallToActions", params: { max: MAX_CALL_TO_ACTIONS } });
  if (buttons.filter((b) => b.type === "PHONE_NUMBER").length > 1) issues.push({ field: "buttons", code: "tooManyPhoneButtons" });
  if (quickReplies.filter((b) => b.optOut).length > 1) issues.push({ field: "buttons", code: "tooManyOptOuts" });
  const seen = new Set<string>();
  buttons.forEach((button, index) => {
    const text = button.text.trim();
    // "botão 2": the screens and the server's sentences count buttons from one.
    const position = index + 1;
    if (!text) issues.push({ field: "buttons", index, code: "buttonTextRequired", params: { position } });
    else if (length(text) > MAX_BUTTON_TEXT) issues.push({ field: "buttons", index, code: "buttonTextTooLong", params: { position, length: length(text), max: MAX_BUTTON_TEXT } });
    else if (seen.has(text.toLowerCase())) issues.push({ field: "buttons", index, code: "buttonTextDuplicate", params: { position, text } });
    seen.add(text.toLowerCase());
    if (button.type === "URL") issues.push(...urlIssues(button.url.trim(), index));
    if (button.type === "PHONE_NUMBER" && !normaliseButtonPhone(button.phoneNumber)) issues.push({ field: "buttons", index, code: "buttonPhoneInvalid", params: { position } });
  });
  return issues;
}

function urlIssues(url: string, index: number): ComponentIssue[] {
  const parsed = toMetaBody(url);
  const withoutVariable = parsed.body.replace(/\{\{1\}\}$/, "");
  let valid = length(url) <= MAX_BUTTON_URL && /^https?:\/\//i.test(withoutVariable) && !TOKEN.test(withoutVariable);
  try {
    if (valid) new URL(withoutVariable || "x:");
  } catch {
    valid = false;
  }
  if (parsed.unknownTokens.length > 0 || parsed.variables.length > 1 || (parsed.variables.length === 1 && !parsed.body.endsWith("{{1}}"))) {
    return [{ field: "buttons", index, code: "buttonUrlVariable", params: { position: index + 1 } }];
  }
  return valid ? [] : [{ field: "buttons", index, code: "buttonUrlInvalid", params: { position: index + 1 } }];
}

/** Meta's rules for header, footer and buttons; `media` is the header file when the caller knows it. */
export function validateComponents(components: EditorComponents, media?: HeaderMediaFile | null): ComponentIssue[] {
  const issues = headerIssues(components.header, media);
  const footer = components.footer.trim();
  if (TOKEN.test(footer)) issues.push({ field: "footer", code: "footerVariable" });
  if (length(footer) > MAX_FOOTER) issues.push({ field: "footer", code: "footerTooLong", params: { length: length(footer), max: MAX_FOOTER } });
  return [...issues, ...buttonIssues(components.buttons)];
}

/** Editor → stored, once validated: the header and URL get their own {{1}}, numbered apart from the body's. */
export function toStoredComponents(components: EditorComponents, examples: TemplateValues = {}): StoredComponents {
  const { header } = components;
  const headerText = header.format === "TEXT" ? toMetaBody(header.text.trim(), examples) : null;
  return {
    headerFormat: header.format,
    headerText: headerText?.body ?? null,
    headerVariables: headerText?.variables ?? [],
    headerMediaAssetId: isMediaHeader(header.format) && "mediaAssetId" in header ? header.mediaAssetId : null,
    footer: components.footer.trim() || null,
    buttons: components.buttons.map((button): StoredButton => {
      const text = button.text.trim();
      if (button.type === "QUICK_REPLY") return { type: "QUICK_REPLY", text, optOut: button.optOut };
      if (button.type === "PHONE_NUMBER") return { type: "PHONE_NUMBER", text, phoneNumber: normaliseButtonPhone(button.phoneNumber) ?? button.phoneNumber };
      const url = toMetaBody(button.url.trim(), examples);
      return { type: "URL", text, url: url.body, variable: url.variables[0] ?? null };
    }),
  };
}

const withToken = (text: string, variables: readonly TemplateVariable[]) =>
  text.replace(/\{\{(\d+)\}\}/g, (whole, n: string) => {
    const variable = variables.find((v) => v.index === Number(n));
    return variable ? editorToken(variable.variable) : whole;
  });

/** Stored → editor, for editing a template. */
export function toEditorComponents(stored: StoredComponents): EditorComponents {
  const header: EditorHeader =
    stored.headerFormat === "TEXT"
      ? { format: "TEXT", text: withToken(stored.headerText ?? "", stored.headerVariables) }
      : isMediaHeader(stored.headerFormat)
        ? { format: stored.headerFormat, mediaAssetId: stored.headerMediaAssetId }
        : { format: "NONE" };
  return {
    header,
    footer: stored.footer ?? "",
    buttons: stored.buttons.map((button): EditorButton =>
      button.type === "URL" ? { type: "URL", text: button.text, url: withToken(button.url, button.variable ? [button.variable] : []) } : button,
    ),
  };
}

/** The example Meta is shown for a URL with a variable: the full URL with the example's slug. */
export function urlExample(button: { url: string; variable: TemplateVariable | null }): string | null {
  return button.variable ? button.url.replace("{{1}}", urlSlug(button.variable.example)) : null;
}

/** Reads `MessageTemplate.buttons` (Json) defensively: rows written by hand or by seeds. */
export function parseStoredButtons(json: unknown): StoredButton[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item): StoredButton[] => {
    if (typeof item !== "object" || item === null) return [];
    const b = item as Record<string, unknown>;
    const text = typeof b.text === "string" ? b.text : "";
    if (b.type === "QUICK_REPLY") return [{ type: "QUICK_REPLY", text, optOut: b.optOut === true }];
    if (b.type === "PHONE_NUMBER" && typeof b.phoneNumber === "string") return [{ type: "PHONE_NUMBER", text, phoneNumber: b.phoneNumber }];
    if (b.type === "URL" && typeof b.url === "string") {
      const [variable] = parseStoredVariables(b.variable ? [b.variable] : []);
      return [{ type: "URL", text, url: b.url, variable: variable ?? null }];
    }
    return [];
  });
}

/** The stored component columns of a MessageTemplate row, read defensively. */
export type StoredComponentColumns = {
  headerFormat?: string;
  headerText?: string | null;
  headerVariables?: unknown;
  headerMediaAssetId?: string | null;
  footer?: string | null;
  buttons?: unknown;
};

/** The component columns of a MessageTemplate row, read defensively (absent ones read as none). */
export function storedComponents(row: StoredComponentColumns): StoredComponents {
  const format = (HEADER_FORMATS as readonly string[]).includes(row.headerFormat ?? "") ? (row.headerFormat as HeaderFormat) : "NONE";
  return {
    headerFormat: format,
    headerText: row.headerText ?? null,
    headerVariables: parseStoredVariables(row.headerVariables),
    headerMediaAssetId: row.headerMediaAssetId ?? null,
    footer: row.footer ?? null,
    buttons: parseStoredButtons(row.buttons),
  };
}
