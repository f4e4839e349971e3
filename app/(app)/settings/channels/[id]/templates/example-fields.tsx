"use client";

import { useTranslations } from "next-intl";
import { DEFAULT_EXAMPLES, type TemplateValues, type TemplateVariable } from "@/server/services/templates/template-variables";
import { TextField } from "../../_components/text-field";

// Meta reviews a template with sample values for each variable; one per kind used.
export function ExampleFields({ variables, examples, onChange }: { variables: readonly TemplateVariable[]; examples: TemplateValues; onChange: (examples: TemplateValues) => void }) {
  const t = useTranslations("templates.examples");
  const tv = useTranslations("templates.variables");
  const kinds = [...new Set(variables.map((v) => v.variable))];
  if (kinds.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-line p-4">
      <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
      <p className="text-xs text-ink-muted">{t("hint")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {kinds.map((kind) => (
          <TextField
            key={kind}
            id={`template-example-${kind}`}
            label={t("label", { name: tv(kind) })}
            placeholder={DEFAULT_EXAMPLES[kind]}
            maxLength={60}
            value={examples[kind] ?? ""}
            onChange={(e) => onChange({ ...examples, [kind]: e.target.value })}
          />
        ))}
      </div>
    </fieldset>
  );
}
