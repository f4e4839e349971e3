"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { describedBy, FormField } from "../channels/_components/form-field";
import { emptyTypology, type TypologyDraft } from "./development-draft";

type Field = Exclude<keyof TypologyDraft, "key">;
const NUMBER_FIELDS: { field: Field; inputMode: "numeric" | "decimal" }[] = [
  { field: "bedrooms", inputMode: "numeric" },
  { field: "suites", inputMode: "numeric" },
  { field: "areaM2", inputMode: "decimal" },
  { field: "price", inputMode: "decimal" },
  { field: "parkingSpots", inputMode: "numeric" },
];
// The form's field names are the draft's; the schema's for the price is priceFromCents.
const SCHEMA_FIELD: Record<Field, string> = { label: "label", bedrooms: "bedrooms", suites: "suites", areaM2: "areaM2", price: "priceFromCents", parkingSpots: "parkingSpots" };

/** One row per unit layout; adding focuses the new row, removing gives the focus back to "Adicionar". */
export function TypologiesEditor({ typologies, onChange, errors }: { typologies: TypologyDraft[]; onChange: (next: TypologyDraft[]) => void; errors: Record<string, string> }) {
  const t = useTranslations("developments.typologies");
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  useEffect(() => {
    if (focusKey) document.getElementById(`typology-${focusKey}-label`)?.focus();
  }, [focusKey]);

  const update = (key: string, patch: Partial<TypologyDraft>) => onChange(typologies.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    const row = emptyTypology();
    onChange([...typologies, row]);
    setFocusKey(row.key);
  };
  const remove = (key: string) => {
    onChange(typologies.filter((row) => row.key !== key));
    setFocusKey(null);
    addRef.current?.focus();
  };

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium text-ink">{t("title")}</legend>
      <p className="text-xs text-ink-muted">{t("hint")}</p>
      {errors.typologies ? (
        <p className="text-xs text-danger" role="alert">
          {errors.typologies}
        </p>
      ) : null}
      {typologies.length === 0 ? <p className="text-sm text-ink-muted">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-3 empty:hidden">
        {typologies.map((row, index) => {
          const name = row.label.trim() || t("unnamed", { number: index + 1 });
          const error = (field: Field) => errors[`typologies.${index}.${SCHEMA_FIELD[field]}`];
          const id = (field: Field) => `typology-${row.key}-${field}`;
          return (
            <li key={row.key} className="rounded-md border border-line p-3" data-testid="typology-row">
              <div role="group" aria-label={name} className="grid gap-3 sm:grid-cols-[2fr_repeat(5,minmax(0,1fr))_auto] sm:items-end">
                <FormField id={id("label")} label={t("label")} error={error("label")}>
                  <Input id={id("label")} value={row.label} placeholder={t("labelPlaceholder")} maxLength={60} onChange={(e) => update(row.key, { label: e.target.value })} {...describedBy(id("label"), { error: error("label") })} />
                </FormField>
                {NUMBER_FIELDS.map(({ field, inputMode }) => (
                  <FormField key={field} id={id(field)} label={t(field)} error={error(field)}>
                    <Input id={id(field)} inputMode={inputMode} value={row[field]} onChange={(e) => update(row.key, { [field]: e.target.value })} {...describedBy(id(field), { error: error(field) })} />
                  </FormField>
                ))}
                <Button type="button" variant="ghost" aria-label={t("remove", { name })} onClick={() => remove(row.key)}>
                  {t("removeShort")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <div>
        <Button ref={addRef} type="button" variant="secondary" onClick={add}>
          {t("add")}
        </Button>
      </div>
    </fieldset>
  );
}
