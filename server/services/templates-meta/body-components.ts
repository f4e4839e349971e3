import "server-only";
// Imported by the local launcher too (dev/launcher/sandbox-templates.ts), hence the relative path.
import { parseStoredVariables } from "../templates/template-variables";

/** Meta's BODY component: {{n}} text plus one example per parameter, in index order. */
export function bodyComponents(template: { body: string; variables: unknown }) {
  const examples = parseStoredVariables(template.variables)
    .sort((a, b) => a.index - b.index)
    .map((v) => v.example);
  return [{ type: "BODY", text: template.body, ...(examples.length ? { example: { body_text: [examples] } } : {}) }];
}
