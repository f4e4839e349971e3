import { isKnownVariable, VARIABLE_PATTERN, variablesIn, type StandardMessageValues, type StandardMessageVariable } from "./variables";

const valueOf = (values: StandardMessageValues, name: string) => (isKnownVariable(name) ? values[name]?.trim() || null : null);

// A variable without a value stays as written ({{nome_cliente}}), so the broker sees what to fill
// in before sending instead of a message with a hole in it.
export function renderStandardMessage(body: string, values: StandardMessageValues): string {
  return body.replace(VARIABLE_PATTERN, (match, name: string) => valueOf(values, name) ?? match);
}

export function missingVariables(body: string, values: StandardMessageValues): StandardMessageVariable[] {
  return variablesIn(body).filter((name): name is StandardMessageVariable => isKnownVariable(name) && valueOf(values, name) === null);
}
