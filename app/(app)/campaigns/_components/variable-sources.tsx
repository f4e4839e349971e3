"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui/card";
import { InputField } from "@/app/_components/ui/input-field";
import { SelectField } from "@/app/_components/ui/select-field";
import { SOURCES, type BuilderTemplate, type Draft, type DraftErrors, type VariableSource } from "../_lib/builder-draft";

type Props = { template: BuilderTemplate | undefined; sources: Draft["sources"]; errors: DraftErrors; onChange: (sources: Draft["sources"]) => void };

export function VariableSources({ template, sources, errors, onChange }: Props) {
  const t = useTranslations("campaigns.builder");
  if (!template) return null;
  const set = (index: number, change: Partial<Draft["sources"][number]>) => onChange({ ...sources, [index]: { source: "LEAD_NAME", value: "", ...sources[index], ...change } });
  return (
    <Card className="flex flex-col gap-3">
      <div>
        <h2 className="font-semibold">{t("variables")}</h2>
        <p className="text-sm text-ink-muted">{template.variables.length ? t("variablesHint") : t("noVariables")}</p>
      </div>
      {template.variables.length ? <p className="rounded-md bg-surface-sunken p-3 text-sm whitespace-pre-wrap">{template.body}</p> : null}
      {template.variables.map((variable) => {
        const source = sources[variable.index];
        return (
          <div key={variable.index} className="grid gap-2 md:grid-cols-2">
            <SelectField id={`source-${variable.index}`} label={t("variableLabel", { index: variable.index })} value={source?.source ?? "LEAD_NAME"} onChange={(e) => set(variable.index, { source: e.target.value as VariableSource })}>
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`source.${s}`)}
                </option>
              ))}
            </SelectField>
            {source?.source === "FIXED" ? (
              <InputField
                id={`source-value-${variable.index}`}
                label={t("fixedValue", { index: variable.index })}
                value={source.value}
                maxLength={200}
                error={errors[`source${variable.index}`]}
                onChange={(e) => set(variable.index, { value: e.target.value })}
              />
            ) : null}
          </div>
        );
      })}
    </Card>
  );
}
