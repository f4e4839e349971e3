import { urlSlug, type StoredComponents } from "@/server/services/templates/template-components";
import {
  missingTemplateValues,
  parseStoredVariables,
  renderTemplateBody,
  templateParameters,
  type TemplateVariable,
  type TemplateVariableKind,
} from "@/server/services/templates/template-variables";

// Pure (no database): the "Nova conversa" dialog renders its preview with these and
// start-with-template renders the message it stores, so both show the same text.

export type TemplateMapping = TemplateVariable[];
export type VariableValues = Partial<Record<TemplateVariableKind, string | null>>;

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

function placeholderIndexes(body: string): number[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/**
 * The template's {{n}} → variable mapping, or null when the stored mapping does not cover exactly
 * {{1}}…{{n}} of the body (Meta would refuse such a send with 132000).
 */
export function templateMapping(body: string, variables: unknown): TemplateMapping | null {
  const stored = parseStoredVariables(variables);
  const indexes = placeholderIndexes(body);
  if (indexes.some((index, i) => index !== i + 1)) return null;
  const mapping = indexes.map((index) => stored.find((v) => v.index === index));
  if (mapping.some((v) => !v) || (Array.isArray(variables) && variables.length !== mapping.length)) return null;
  return mapping.filter((v): v is TemplateVariable => !!v);
}

export function usesVariable(mapping: TemplateMapping, variable: TemplateVariableKind): boolean {
  return mapping.some((m) => m.variable === variable);
}

const present = (values: VariableValues) =>
  Object.fromEntries(Object.entries(values).flatMap(([kind, value]) => (value?.trim() ? [[kind, value]] : []))) as Partial<Record<TemplateVariableKind, string>>;

export type RenderResult = { ok: true; params: string[]; text: string } | { ok: false; missing: TemplateVariableKind };

/** Meta's body parameters ({{1}} first) and the text the lead reads, or the first variable without a value. */
export function renderTemplate(template: { body: string; mapping: TemplateMapping }, values: VariableValues): RenderResult {
  const filled = present(values);
  const [missing] = missingTemplateValues({ variables: template.mapping }, filled);
  if (missing) return { ok: false, missing };
  return {
    ok: true,
    params: templateParameters({ variables: template.mapping }, filled),
    text: renderTemplateBody({ body: template.body, variables: template.mapping }, filled),
  };
}

export type ParamsResult = { ok: true; params: string[] } | { ok: false; missing: TemplateVariableKind };

/** Meta's body parameters in order ({{1}} first), or the first variable without a value. */
export function templateParams(mapping: TemplateMapping, values: VariableValues): ParamsResult {
  const result = renderTemplate({ body: "", mapping }, values);
  return result.ok ? { ok: true, params: result.params } : result;
}

/** The text the lead will read: each {{n}} replaced by params[n - 1]. */
export function renderTemplateText(body: string, params: readonly string[]): string {
  return body.replace(PLACEHOLDER, (whole, n: string) => params[Number(n) - 1] ?? whole);
}

/** What the header and the buttons take at send time: the header's text parameter and each URL's suffix (by button position). */
export type ComponentParams = { header: string | null; urls: { index: number; text: string }[] };

export type ComponentsResult = { ok: true; params: ComponentParams; headerText: string | null } | { ok: false; missing: TemplateVariableKind };

/** Every variable the template needs a value for: body, header text and URL suffixes. */
export function componentVariables(parts: Pick<StoredComponents, "headerVariables" | "buttons">): TemplateVariable[] {
  return [...parts.headerVariables, ...parts.buttons.flatMap((b) => (b.type === "URL" && b.variable ? [b.variable] : []))];
}

/** The header's parameter (and the header as read), and the URL suffixes (slugified: "residencial-jardins"). */
export function renderComponents(parts: StoredComponents, values: VariableValues): ComponentsResult {
  const filled = present(values);
  const [missing] = missingTemplateValues({ variables: componentVariables(parts) }, filled);
  if (missing) return { ok: false, missing };
  const header = parts.headerFormat === "TEXT" && parts.headerVariables[0] ? (filled[parts.headerVariables[0].variable] ?? "").trim() : null;
  const headerText = parts.headerFormat === "TEXT" && parts.headerText ? renderTemplateBody({ body: parts.headerText, variables: parts.headerVariables }, filled) : null;
  const urls = parts.buttons.flatMap((button, index) =>
    button.type === "URL" && button.variable ? [{ index, text: urlSlug(filled[button.variable.variable] ?? "") }] : [],
  );
  return { ok: true, params: { header, urls }, headerText };
}
