import "server-only";
import type { StoredComponents } from "@/server/services/templates/template-components";
import type { RenderedTemplate } from "./open-with-template";
import { renderComponents, renderTemplate, renderTemplateText, type TemplateMapping, type VariableValues } from "./render-template-params";
import { templateDisplay, type HeaderMedia } from "./template-header-media";

type SendableTemplate = { id: string; name: string; language: string; body: string };

/**
 * One lead's template message as stored and sent: Meta's parameters (body, header text, URL
 * suffixes), the text the lead reads and what the chat shows besides it. `bodyValues` replaces
 * body parameters by index ({{n}} → text), for senders that choose a parameter's source
 * themselves (a campaign's fixed text). Null when a value the template needs is missing.
 */
export function renderTemplateMessage(
  template: SendableTemplate,
  mapping: TemplateMapping,
  parts: StoredComponents,
  values: VariableValues,
  headerMedia: HeaderMedia | null,
  bodyValues: ReadonlyMap<number, string> = new Map(),
): RenderedTemplate | null {
  const result = renderTemplate({ body: template.body, mapping }, values);
  const extras = renderComponents(parts, values);
  if (!result.ok || !extras.ok) return null;
  const body = bodyValues.size > 0 ? result.params.map((param, i) => bodyValues.get(i + 1) ?? param) : result.params;
  return {
    // A body-only template keeps the plain array every older message holds.
    params: extras.params.header !== null || extras.params.urls.length ? { body, ...extras.params } : body,
    body: bodyValues.size > 0 ? renderTemplateText(template.body, body) : result.text,
    template: { id: template.id, name: template.name, language: template.language },
    display: templateDisplay(parts, extras.headerText),
    headerMedia,
  };
}
