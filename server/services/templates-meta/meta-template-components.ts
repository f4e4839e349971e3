import "server-only";
// Imported by the local launcher too (dev/launcher/sandbox-templates.ts), hence the relative paths.
import { isMediaHeader, storedComponents, urlExample, type StoredComponentColumns } from "../templates/template-components";
import { parseStoredVariables } from "../templates/template-variables";

type Component = Record<string, unknown> & { type: string };

type TemplateContent = StoredComponentColumns & { body: string; variables: unknown };

const examples = (variables: unknown) =>
  parseStoredVariables(variables)
    .sort((a, b) => a.index - b.index)
    .map((v) => v.example);

/**
 * What POST /{waba-id}/message_templates receives as `components`, in Meta's order: HEADER (text
 * with its example, or a media format with the sample's `header_handle`), BODY with its examples,
 * FOOTER, BUTTONS. `headerHandle` is the Resumable Upload handle of the header's file.
 */
export function metaTemplateComponents(template: TemplateContent, headerHandle?: string | null): Component[] {
  const parts = storedComponents(template);
  const components: Component[] = [];
  if (parts.headerFormat === "TEXT" && parts.headerText) {
    const example = examples(parts.headerVariables);
    components.push({ type: "HEADER", format: "TEXT", text: parts.headerText, ...(example.length ? { example: { header_text: example } } : {}) });
  } else if (isMediaHeader(parts.headerFormat)) {
    components.push({ type: "HEADER", format: parts.headerFormat, ...(headerHandle ? { example: { header_handle: [headerHandle] } } : {}) });
  }
  const body = examples(template.variables);
  components.push({ type: "BODY", text: template.body, ...(body.length ? { example: { body_text: [body] } } : {}) });
  if (parts.footer) components.push({ type: "FOOTER", text: parts.footer });
  if (parts.buttons.length) {
    components.push({
      type: "BUTTONS",
      buttons: parts.buttons.map((button) => {
        if (button.type === "QUICK_REPLY") return { type: "QUICK_REPLY", text: button.text };
        if (button.type === "PHONE_NUMBER") return { type: "PHONE_NUMBER", text: button.text, phone_number: button.phoneNumber };
        const example = urlExample(button);
        return { type: "URL", text: button.text, url: button.url, ...(example ? { example: [example] } : {}) };
      }),
    });
  }
  return components;
}
