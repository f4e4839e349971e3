// Templates are written with friendly tokens ({{nome_cliente}}) and stored as Meta wants them:
// numbered parameters {{1}}, {{2}}… in order of appearance, each mapped to what fills it.
export const TEMPLATE_VARIABLE_KINDS = ["CLIENT_NAME", "BROKER_NAME", "DEVELOPMENT_NAME"] as const;
export type TemplateVariableKind = (typeof TEMPLATE_VARIABLE_KINDS)[number];

// Same tokens as the standard messages, so a text moves between the two unchanged.
export const VARIABLE_TOKENS: Record<TemplateVariableKind, string> = {
  CLIENT_NAME: "nome_cliente",
  BROKER_NAME: "nome_atendente",
  DEVELOPMENT_NAME: "nome_empreendimento",
};

export const DEFAULT_EXAMPLES: Record<TemplateVariableKind, string> = {
  CLIENT_NAME: "Maria",
  BROKER_NAME: "Ana",
  DEVELOPMENT_NAME: "Residencial Jardins",
};

export type TemplateVariable = { index: number; variable: TemplateVariableKind; example: string };
export type TemplateValues = Partial<Record<TemplateVariableKind, string>>;

const TOKEN_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NUMBERED_PATTERN = /\{\{(\d+)\}\}/g;

export const editorToken = (kind: TemplateVariableKind) => `{{${VARIABLE_TOKENS[kind]}}}`;

function kindOfToken(token: string): TemplateVariableKind | undefined {
  return TEMPLATE_VARIABLE_KINDS.find((kind) => VARIABLE_TOKENS[kind] === token.toLowerCase());
}

export type ParsedEditorBody = { body: string; variables: TemplateVariable[]; unknownTokens: string[] };

/** Editor text → Meta body. Every occurrence gets the next number, so {{1}}… follow the text. */
export function toMetaBody(editorText: string, examples: TemplateValues = {}): ParsedEditorBody {
  const variables: TemplateVariable[] = [];
  const unknownTokens: string[] = [];
  const body = editorText.replace(TOKEN_PATTERN, (whole, token: string) => {
    const kind = kindOfToken(token);
    if (!kind) {
      unknownTokens.push(whole);
      return whole;
    }
    const index = variables.length + 1;
    variables.push({ index, variable: kind, example: examples[kind]?.trim() || DEFAULT_EXAMPLES[kind] });
    return `{{${index}}}`;
  });
  return { body, variables, unknownTokens };
}

/** Meta body → editor text, for editing a stored template. */
export function toEditorBody(template: { body: string; variables: readonly TemplateVariable[] }): string {
  return template.body.replace(NUMBERED_PATTERN, (whole, n: string) => {
    const variable = template.variables.find((v) => v.index === Number(n));
    return variable ? editorToken(variable.variable) : whole;
  });
}

/** One example per kind (the first occurrence's), as the editor shows them. */
export function examplesByKind(variables: readonly TemplateVariable[]): TemplateValues {
  const examples: TemplateValues = {};
  for (const v of variables) examples[v.variable] ??= v.example;
  return examples;
}

/**
 * The text a lead receives. A value left out keeps its {{n}} so a missing name is visible, never
 * silently blank; check with `missingTemplateValues` before sending.
 */
export function renderTemplateBody(template: { body: string; variables: readonly TemplateVariable[] }, values: TemplateValues): string {
  return template.body.replace(NUMBERED_PATTERN, (whole, n: string) => {
    const variable = template.variables.find((v) => v.index === Number(n));
    const value = variable ? values[variable.variable]?.trim() : undefined;
    return value ? value : whole;
  });
}

/** Meta's body parameters, in index order. */
export function templateParameters(template: { variables: readonly TemplateVariable[] }, values: TemplateValues): string[] {
  return [...template.variables].sort((a, b) => a.index - b.index).map((v) => values[v.variable]?.trim() ?? "");
}

export function missingTemplateValues(template: { variables: readonly TemplateVariable[] }, values: TemplateValues): TemplateVariableKind[] {
  return [...new Set(template.variables.filter((v) => !values[v.variable]?.trim()).map((v) => v.variable))];
}

/** Reads `MessageTemplate.variables` (Json) defensively: rows written by hand or by seeds. */
export function parseStoredVariables(json: unknown): TemplateVariable[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item): TemplateVariable[] => {
    if (typeof item !== "object" || item === null) return [];
    const { index, variable, example } = item as Record<string, unknown>;
    if (typeof index !== "number" || !TEMPLATE_VARIABLE_KINDS.includes(variable as TemplateVariableKind)) return [];
    return [{ index, variable: variable as TemplateVariableKind, example: typeof example === "string" ? example : "" }];
  });
}
