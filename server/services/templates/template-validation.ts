import { validateComponents, type ComponentIssue, type EditorComponents, type HeaderMediaFile } from "./template-components";
import { toMetaBody } from "./template-variables";

// The seed's limit ("até 500 caracteres"), counted on what Meta receives: a variable counts as {{n}}.
export const MAX_TEMPLATE_BODY = 500;
// Meta's limit for template names.
export const MAX_TEMPLATE_NAME = 512;
export const TEMPLATE_LANGUAGES = ["pt_BR", "en_US", "es_ES"] as const;
export const TEMPLATE_CATEGORIES = ["MARKETING", "UTILITY"] as const;

const NAME_PATTERN = /^[a-z0-9_]+$/;

type DraftIssue = {
  field: "name" | "body";
  // Keys under `templates.validation.` (the editor) and mirrored in errors.json (the server).
  code: "nameRequired" | "nameFormat" | "nameTooLong" | "bodyRequired" | "bodyTooLong" | "bodyUnknownVariable" | "bodyVariableAtEdge";
  params?: Record<string, string | number>;
};
export type TemplateIssue = DraftIssue | ComponentIssue;

/** Characters as Meta counts them: code points, so an emoji is one. */
export const countCharacters = (text: string) => [...text].length;

/** "Boas-vindas Lançamento!" → "boas_vindas_lancamento": what the name field suggests. */
export function suggestTemplateName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_TEMPLATE_NAME);
}

export function validateTemplateName(name: string): DraftIssue[] {
  if (!name) return [{ field: "name", code: "nameRequired" }];
  if (name.length > MAX_TEMPLATE_NAME) return [{ field: "name", code: "nameTooLong", params: { max: MAX_TEMPLATE_NAME } }];
  if (!NAME_PATTERN.test(name)) {
    return [{ field: "name", code: "nameFormat", params: { suggestion: suggestTemplateName(name) || "meu_template" } }];
  }
  return [];
}

export function validateTemplateBody(editorBody: string): DraftIssue[] {
  if (!editorBody.trim()) return [{ field: "body", code: "bodyRequired" }];
  const parsed = toMetaBody(editorBody);
  const issues: DraftIssue[] = parsed.unknownTokens.map((token) => ({ field: "body", code: "bodyUnknownVariable", params: { token } }));
  const length = countCharacters(parsed.body);
  if (length > MAX_TEMPLATE_BODY) issues.push({ field: "body", code: "bodyTooLong", params: { length, max: MAX_TEMPLATE_BODY } });
  // Meta refuses a body that opens or closes with a parameter.
  const trimmed = parsed.body.trim();
  if (parsed.variables.length > 0 && (/^\{\{\d+\}\}/.test(trimmed) || /\{\{\d+\}\}$/.test(trimmed))) {
    issues.push({ field: "body", code: "bodyVariableAtEdge" });
  }
  return issues;
}

/** Every rule on a draft; `components` and the header's file when the caller has them. */
export function validateTemplateDraft(
  draft: { name: string; editorBody: string; components?: EditorComponents },
  headerMedia?: HeaderMediaFile | null,
): TemplateIssue[] {
  return [
    ...validateTemplateName(draft.name),
    ...validateTemplateBody(draft.editorBody),
    ...(draft.components ? validateComponents(draft.components, headerMedia) : []),
  ];
}
