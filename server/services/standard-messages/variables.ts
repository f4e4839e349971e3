// The seed's three variables, written as {{nome_cliente}} in a standard message's body.
export const STANDARD_MESSAGE_VARIABLES = ["nome_cliente", "nome_atendente", "nome_empreendimento"] as const;
export type StandardMessageVariable = (typeof STANDARD_MESSAGE_VARIABLES)[number];
export type StandardMessageValues = Partial<Record<StandardMessageVariable, string | null>>;

export const VARIABLE_PATTERN = /\{\{\s*([^{}\s]+)\s*\}\}/g;

export const isKnownVariable = (name: string): name is StandardMessageVariable => (STANDARD_MESSAGE_VARIABLES as readonly string[]).includes(name);

export const placeholder = (name: StandardMessageVariable) => `{{${name}}}`;

export function variablesIn(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(VARIABLE_PATTERN), (m) => m[1] ?? ""))];
}

export function unknownVariables(body: string): string[] {
  return variablesIn(body).filter((name) => !isKnownVariable(name));
}
